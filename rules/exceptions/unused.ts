import { ruleFor } from '../../src/engine/rule.js';

export default ruleFor<null>()({
  id: 'exceptions/unused',
  clauses: [],
  severity: 'warning',
  subject: { kk: 'ерекшелік (ол қолданылатын ереже мен нысан)', ru: 'исключение (правило и объект, к которым оно относится)', en: 'the exception (rule and subject it covers)' },
  reportedBy: 'exceptions',
  messages: {
    unused: {
      kk: '{rule} ережесі бойынша «{subject}» ерекшелігіне сәйкес бұзушылық жоқ (түзетілген болуы мүмкін): оны өшіріңіз (ereje baseline --prune)',
      ru: 'Исключению для «{subject}» по правилу {rule} не соответствует ни одно нарушение (вероятно, исправлено): удалите его (ereje baseline --prune)',
      en: 'The exception for "{subject}" under {rule} matches no finding (fixed, perhaps): remove it (ereje baseline --prune)',
    },
  },
  docs: {
    summary: {
      kk: 'Күшіндегі ерекшелік осы тексерудің бірде-бір бұзушылығына сәйкес келмесе, ол көрсетіледі: кемшіліктер түзетілген сайын файл қысқара береді; мұндай жазбаларды `ereje baseline --prune` өшіреді.',
      ru: 'О действующем исключении, которому не соответствует ни одно нарушение данной проверки, сообщается, чтобы по мере устранения нарушений файл сокращался; такие записи удаляет `ereje baseline --prune`.',
      en: 'An exception in force that covers no finding of the run is reported, so the file shrinks as things get fixed; `ereje baseline --prune` removes such entries.',
    },
    details: {
      kk: 'Ережесі іске қосылған ерекшеліктер ғана бағаланады: `--rule` немесе `--module` жалаушасымен іске қосылған тексеру, не деректер репозиторийінің ерекшелік нысаны жоқ бір қалтасы бойынша тексеру қалған ерекшеліктерді пайдаланылмаған деп санамайды.',
      ru: 'Оцениваются только исключения, правило которых выполнялось: проверка с `--rule` или `--module` либо по одной папке репозитория данных, в которой нет объекта исключения, не объявляет остальные исключения неиспользуемыми.',
      en: 'Only exceptions whose rule ran are judged: a run with --rule or --module, or over one folder of the data repo that does not hold the subject, does not call the others unused.',
    },
    examples: {
      pass: 'exceptions:\n  - rule: open-door-day/request-lead-time\n    subject: req-tur-2026-007     # this request is still 13 days early\n    reason: "Ескі тәртіппен берілген"\n    approved_by: tur-s001\n    approved_on: 2026-11-20\n    expires: 2027-06-30\n',
      fail: 'exceptions:\n  - rule: open-door-day/request-lead-time\n    subject: req-tur-2026-001     # this request was on time\n    reason: "Ескі тәртіппен берілген"\n    approved_by: tur-s001\n    approved_on: 2026-11-20\n    expires: 2027-06-30\n',
    },
  },
});
