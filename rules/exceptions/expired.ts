import { ruleFor } from '../../src/engine/rule.js';

export default ruleFor<null>()({
  id: 'exceptions/expired',
  clauses: [],
  severity: 'error',
  subject: { kk: 'ерекшелік (ол қолданылатын ереже мен нысан)', ru: 'исключение (правило и объект, к которым оно относится)', en: 'the exception (rule and subject it covers)' },
  reportedBy: 'exceptions',
  alwaysOn: true,
  messages: {
    expired: {
      kk: '{rule} ережесі бойынша «{subject}» ерекшелігінің мерзімі {expires} аяқталды: ол енді бұзушылықты жасырмайды. Бұзушылықты түзетіңіз немесе жаңа шешіммен мерзімін ұзартыңыз',
      ru: 'Срок исключения для «{subject}» по правилу {rule} истёк {expires}: оно больше не скрывает нарушение. Исправьте нарушение или продлите срок новым решением',
      en: 'The exception for "{subject}" under {rule} expired on {expires}: it no longer covers the finding. Fix the finding, or extend the exception by a new decision',
    },
  },
  docs: {
    summary: {
      kk: 'Мерзімі өткен ерекшелік өз бұзушылықтарын бұдан былай жасырмайды (олар қайтадан көрсетіледі), ал ерекшеліктің өзі `expires:` жолында бұзушылық ретінде көрсетіледі.',
      ru: 'Исключение с истёкшим сроком больше не скрывает свои нарушения (о них снова сообщается), а само исключение указывается как нарушение в строке `expires:`.',
      en: 'An exception past its expiry date stops covering its findings (they are reported again) and is itself reported, at its `expires:` line.',
    },
    details: {
      kk: 'Мерзімнің аяқталу күні — ерекшелік күшінде болатын соңғы күн: `expires: 2027-06-30` деп көрсетілген ерекшелік 30.06.2027 күнгі тексеруде әлі қолданылады, ал 01.07.2027 күнгі тексеруде қолданылмайды.',
      ru: 'Дата окончания срока — последний день действия исключения: исключение с `expires: 2027-06-30` ещё действует при проверке на 30.06.2027 и уже не действует при проверке на 01.07.2027.',
      en: 'The expiry date is the last day the exception is in force: an exception that expires on 2027-06-30 still covers a run as of 2027-06-30 and no longer one as of 2027-07-01.',
    },
    examples: {
      pass: 'exceptions:\n  - rule: open-door-day/request-lead-time\n    subject: req-tur-2026-007\n    reason: "Өтінім 2024 жылы ескі тәртіппен берілген"\n    approved_by: tur-s001\n    approved_on: 2026-11-20\n    expires: 2027-06-30\n',
      fail: 'exceptions:\n  - rule: open-door-day/request-lead-time\n    subject: req-tur-2026-007\n    reason: "Өтінім 2024 жылы ескі тәртіппен берілген"\n    approved_by: tur-s001\n    approved_on: 2025-11-20\n    expires: 2026-06-30    # as of 2026-11-22: expired\n',
    },
  },
});
