import { rule, orgName, staffInScope } from './_view.js';
import { CYCLE_YEARS, HORIZON_MONTHS, SCOPE, formatSpan, qualificationStatus, type StaffScope } from './_qualification.js';

export default rule<{ cycle_years: number; horizon_months: number; scope: StaffScope }>({
  id: 'support-center/qualification-due',
  clauses: ['2.2.7', '8.3'],
  severity: 'info',
  subject: 'staff id',
  params: { cycle_years: CYCLE_YEARS, horizon_months: HORIZON_MONTHS, scope: SCOPE },
  messages: {
    due: {
      kk: '{name} ({org}): соңғы біліктілік арттыру курсы {last} аяқталған, келесі курстың мерзімі — {due} (қалғаны: {left}); біліктілікті арттыруға жіберілетін педагогтар тізіміне енгізу керек (2.2.7, 8.3)',
      ru: '{name} ({org}): последний курс повышения квалификации окончен {last}, срок следующего — {due} (осталось: {left}); включить в список педагогов на повышение квалификации (2.2.7, 8.3)',
      en: '{name} ({org}): last qualification course completed {last}; the next is due by {due} ({left} left): put on the qualification list (2.2.7, 8.3)',
    },
    dueHired: {
      kk: '{name} ({org}): біліктілік арттыру курсы тіркелмеген, жұмысқа {last} қабылданған; курстың мерзімі — {due} (қалғаны: {left}); біліктілікті арттыруға жіберілетін педагогтар тізіміне енгізу керек (2.2.7, 8.3)',
      ru: '{name} ({org}): курсов повышения квалификации не записано, принят(а) на работу {last}; срок курса — {due} (осталось: {left}); включить в список педагогов на повышение квалификации (2.2.7, 8.3)',
      en: '{name} ({org}): no qualification course recorded, hired {last}; a course is due by {due} ({left} left): put on the qualification list (2.2.7, 8.3)',
    },
  },
  docs: {
    summary: 'The centre forms the lists of teachers for qualification improvement (2.2.7): staff whose next course (clause 8.3) falls due within the next `horizon_months` (default 12) belong on the list.',
    details:
      'Same staff, last course and due date as support-center/qualification-cycle (set `cycle_years` and `scope` to the same values on both rules). ' +
      'Reported when as-of ≤ due date ≤ as-of + `horizon_months` calendar months (addMonths: 2026-11-22 + 12 months = 2027-11-22, which is still inside; 2027-11-23 is not). ' +
      'A due date on the as-of day itself is due, not overdue; overdue staff are qualification-cycle\'s errors and are not repeated here; staff with no course and no hiring date are left to qualification-cycle too. ' +
      'The finding points at the `completed` date of the last course (or at `hired`).',
    examples: {
      pass: 'staff:   # as of 2026-11-22: due 2028-09-15, beyond the 12-month horizon\n  - id: kost-s003\n    name: "Сәрсенбаева Ақмарал"\n    org: kost-aso\n    position: methodologist\n    qualification: [{ course: "Функционалдық сауаттылық", completed: 2023-09-15 }]\n',
      fail: 'staff:   # as of 2026-11-22: due 2027-04-03, within 12 months\n  - id: kost-s005\n    name: "Бейсенова Жұлдыз"\n    org: kost-aso\n    position: methodologist\n    qualification: [{ course: "Инклюзивті білім беру", completed: 2022-04-03 }]\n',
    },
  },
  check(ctx) {
    const { cycle_years, horizon_months, scope } = ctx.params;
    for (const s of staffInScope(ctx.view, scope)) {
      const q = qualificationStatus(s, ctx.asOf, { cycle_years, horizon_months });
      if (q.status !== 'due') continue;
      ctx.report({
        messageId: q.basis === 'course' ? 'due' : 'dueHired',
        subject: s.id,
        at: s,
        path: q.path,
        data: { name: s.name, org: orgName(ctx.data, s.org), last: q.last, due: q.due, left: formatSpan(q.left!) },
      });
    }
  },
});
