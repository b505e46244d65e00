import { ruleFor } from '../../src/engine/rule.js';

export default ruleFor<null>()({
  id: 'exceptions/expired',
  clauses: [],
  severity: 'error',
  subject: 'the exception (rule and subject it covers)',
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
    summary: 'An exception past its expiry date stops covering its findings (they are reported again) and is itself reported, at its `expires:` line.',
    details: 'The expiry date is the last day the exception is in force: an exception that expires on 2027-06-30 still covers a run as of 2027-06-30 and no longer one as of 2027-07-01.',
    examples: {
      pass: 'exceptions:\n  - rule: open-door-day/request-lead-time\n    subject: req-tur-2026-007\n    reason: "Өтінім 2024 жылы ескі тәртіппен берілген"\n    approved_by: tur-s001\n    approved_on: 2026-11-20\n    expires: 2027-06-30\n',
      fail: 'exceptions:\n  - rule: open-door-day/request-lead-time\n    subject: req-tur-2026-007\n    reason: "Өтінім 2024 жылы ескі тәртіппен берілген"\n    approved_by: tur-s001\n    approved_on: 2025-11-20\n    expires: 2026-06-30    # as of 2026-11-22: expired\n',
    },
  },
});
