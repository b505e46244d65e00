import { addMonths } from '../../src/core/dates.js';
import { rule, orgName, staffInScope } from './_view.js';
import { CYCLE_YEARS, HORIZON_MONTHS, POSITIONS, SCOPE, formatSpan, qualificationStatus, type StaffScope } from './_qualification.js';

/** What to do about a due course: plan it (8.3, the centre's own staff), or list it (2.2.7, the region's teachers). */
const TODO = {
  center: { kk: 'курсқа жіберуді жоспарлау керек (8.3)', ru: 'нужно запланировать курс (пункт 8.3)', en: 'plan the course (8.3)' },
  all: {
    kk: 'біліктілікті арттыруға жіберілетін педагогтар тізіміне енгізу керек (2.2.7, 8.3)',
    ru: 'включить в список педагогов на повышение квалификации (2.2.7, 8.3)',
    en: 'put on the qualification list (2.2.7, 8.3)',
  },
};

export default rule<{ cycle_years: number; horizon_months: number; scope: StaffScope; positions: string[] }>({
  id: 'support-center/qualification-due',
  clauses: ['8.3', '2.2.7'],
  severity: 'info',
  subject: { kk: 'қызметкердің id-і', ru: 'id сотрудника', en: 'staff id' },
  params: { cycle_years: CYCLE_YEARS, horizon_months: HORIZON_MONTHS, scope: SCOPE, positions: POSITIONS },
  messages: {
    due: {
      kk: '{name} ({org}): соңғы біліктілік арттыру курсы {last} аяқталған, келесі курстың мерзімі — {due} (қалғаны: {left}); {todo}',
      ru: '{name} ({org}): последний курс повышения квалификации окончен {last}, срок следующего — {due} (осталось: {left}); {todo}',
      en: '{name} ({org}): last qualification course completed {last}; the next is due by {due} ({left} left): {todo}',
    },
    dueHired: {
      kk: '{name} ({org}): біліктілік арттыру курсы тіркелмеген, жұмысқа {last} қабылданған; курстың мерзімі — {due} (қалғаны: {left}); {todo}',
      ru: '{name} ({org}): курсов повышения квалификации не записано, принят(а) на работу {last}; срок курса — {due} (осталось: {left}); {todo}',
      en: '{name} ({org}): no qualification course recorded, hired {last}; a course is due by {due} ({left} left): {todo}',
    },
  },
  docs: {
    summary: {
      kk: '8.3-тармақ: басшы қызметкерлердің біліктілігін кемінде 5 жылда бір рет арттыруына жағдай жасайды — келесі курсының мерзімі алдағы `horizon_months` ай (әдепкі мәні 12) ішінде келетін қызметкерлер курсты жоспарлауға үлгеру үшін хабарланады.',
      ru: 'Пункт 8.3: руководитель создаёт условия для повышения квалификации работников не реже одного раза в 5 лет — сотрудники, у которых срок следующего курса наступает в ближайшие `horizon_months` месяцев (по умолчанию 12), отмечаются, чтобы курс можно было запланировать.',
      en: 'Clause 8.3: the head creates conditions for the staff to improve their qualification at least once every 5 years — staff whose next course falls due within the next `horizon_months` (default 12) are reported so the course can be planned.',
    },
    details: {
      kk:
        'Қызметкерлер, соңғы курс және мерзім `support-center/qualification-cycle` ережесіндегідей анықталады (`cycle_years`, `scope` және `positions` мәндерін екі ережеге бірдей беріңіз немесе бүкіл модульге бір рет беріңіз). ' +
        '`scope: center` (әдепкі) болса, 8.3-тармақ қамтитын орталықтың өз қызметкерлері тексеріледі және нәтиже тек 8.3-тармаққа сілтеме жасайды. `scope: all` болса, өңірдің барлық ұйымының қызметкерлері тексеріледі: өңір педагогтарының біліктілігін арттыру тізімдерін жасау — 2.2.7-тармақ бойынша орталықтың міндеті («педагогикалық кадрлардың біліктілігін арттыру үшін тізімдерді»), сондықтан нәтиже 2.2.7 және 8.3-тармақтарға сілтеме жасайды (каталог v2: бұрын 2.2.7-тармақ орталықтың өз қызметкерлеріне де келтірілетін). ' +
        'Тексеру күні ≤ мерзім ≤ тексеру күні + `horizon_months` күнтізбелік ай болғанда хабарланады (22.11.2026 + 12 ай = 22.11.2027 — әлі аралықтың ішінде; 23.11.2027 — аралықтан тыс). ' +
        'Мерзімі дәл тексеру күніне түссе, ол өтіп кеткен емес, жақындаған болып саналады; мерзімі өткен қызметкерлер `qualification-cycle` ережесінің қателері, олар мұнда қайталанбайды; курсы да, жұмысқа қабылданған күні де жоқ қызметкерлер де `qualification-cycle` ережесіне қалдырылады. ' +
        'Нәтиже соңғы курстың `completed` күнін (немесе `hired` өрісін) көрсетеді.',
      ru:
        'Те же сотрудники, последний курс и срок, что и в правиле `support-center/qualification-cycle` (задайте `cycle_years`, `scope` и `positions` одинаково обоим правилам или один раз для модуля). ' +
        'При `scope: center` (по умолчанию) проверяются собственные сотрудники центра, на которых распространяется пункт 8.3, и замечание ссылается только на пункт 8.3. При `scope: all` проверяются сотрудники всех организаций региона: формирование списков педагогов региона для повышения квалификации — задача центра по пункту 2.2.7 («формирование списков для повышения квалификации педагогов»), поэтому замечание ссылается на пункты 2.2.7 и 8.3 (каталог v2: раньше пункт 2.2.7 приводился и для собственных сотрудников центра). ' +
        'Отмечается, когда дата проверки ≤ срок ≤ дата проверки + `horizon_months` календарных месяцев (22.11.2026 + 12 месяцев = 22.11.2027 — ещё в пределах; 23.11.2027 — уже нет). ' +
        'Срок, приходящийся на саму дату проверки, считается наступающим, а не просроченным; просроченные — это ошибки правила `qualification-cycle`, здесь они не повторяются; сотрудники без курса и без даты приёма тоже остаются правилу `qualification-cycle`. ' +
        'Замечание указывает на дату `completed` последнего курса (или на `hired`).',
      en:
        'Same staff, last course and due date as support-center/qualification-cycle (set `cycle_years`, `scope` and `positions` to the same values on both rules, or once for the module). ' +
        'With `scope: center` (default) the staff are the centre\'s own, whom 8.3 covers, and the finding cites 8.3 only. With `scope: all` the staff of every organization of the region are checked: forming the lists of the region\'s teachers for qualification improvement is the centre\'s task under 2.2.7 («педагогикалық кадрлардың біліктілігін арттыру үшін тізімдерді» / «формирование списков для повышения квалификации педагогов»), so the finding cites 2.2.7 and 8.3 (catalog v2: before, 2.2.7 was cited for the centre\'s own staff too). ' +
        'Reported when as-of ≤ due date ≤ as-of + `horizon_months` calendar months (addMonths: 2026-11-22 + 12 months = 2027-11-22, which is still inside; 2027-11-23 is not). ' +
        'A due date on the as-of day itself is due, not overdue; overdue staff are qualification-cycle\'s errors and are not repeated here; staff with no course and no hiring date are left to qualification-cycle too. ' +
        'The finding points at the `completed` date of the last course (or at `hired`).',
    },
    examples: {
      pass: 'staff:   # as of 2026-11-22: due 2028-09-15, beyond the 12-month horizon\n  - id: kost-s003\n    name: "Сәрсенбаева Ақмарал"\n    org: kost-aso\n    position: methodologist\n    qualification: [{ course: "Функционалдық сауаттылық", completed: 2023-09-15 }]\n',
      fail: 'staff:   # as of 2026-11-22: due 2027-04-03, within 12 months\n  - id: kost-s005\n    name: "Бейсенова Жұлдыз"\n    org: kost-aso\n    position: methodologist\n    qualification: [{ course: "Инклюзивті білім беру", completed: 2022-04-03 }]\n',
    },
  },
  check(ctx) {
    const { cycle_years, horizon_months, scope, positions } = ctx.params;
    const todo = TODO[scope];
    const clause = scope === 'all' ? '8.3, 2.2.7' : '8.3';
    for (const s of staffInScope(ctx.view, scope, { data: ctx.data, asOf: ctx.asOf, positions })) {
      const q = qualificationStatus(s, ctx.asOf, { cycle_years, horizon_months });
      if (q.status !== 'due') continue;
      ctx.report({
        messageId: q.basis === 'course' ? 'due' : 'dueHired',
        subject: s.id,
        at: s,
        path: q.path,
        data: { name: s.name, org: orgName(ctx.data, s.org), last: q.last, due: q.due, left: formatSpan(q.left!), todo },
        trace: {
          computation: {
            kk: `${ctx.asOf} ≤ ${q.last} + ${cycle_years} жыл = ${q.due} ≤ ${ctx.asOf} + ${horizon_months} ай = ${addMonths(ctx.asOf, horizon_months)}`,
            ru: `${ctx.asOf} ≤ ${q.last} + ${cycle_years} г. = ${q.due} ≤ ${ctx.asOf} + ${horizon_months} мес. = ${addMonths(ctx.asOf, horizon_months)}`,
            en: `${ctx.asOf} ≤ ${q.last} + ${cycle_years} years = ${q.due} ≤ ${ctx.asOf} + ${horizon_months} months = ${addMonths(ctx.asOf, horizon_months)}`,
          },
        },
        clause,
      });
    }
  },
});
