import { rule, orgName, staffInScope } from './_view.js';
import { CYCLE_YEARS, POSITIONS, SCOPE, formatSpan, formatYears, qualificationStatus, type StaffScope } from './_qualification.js';
import { qualificationObligations } from './_obligations.js';

export default rule<{ cycle_years: number; scope: StaffScope; positions: string[] }>({
  id: 'support-center/qualification-cycle',
  clauses: ['8.3'],
  severity: 'error',
  subject: { kk: 'қызметкердің id-і', ru: 'id сотрудника', en: 'staff id' },
  params: { cycle_years: CYCLE_YEARS, scope: SCOPE, positions: POSITIONS },
  messageSeverity: { noBasis: 'warning' },
  messages: {
    overdue: {
      kk: '{name} ({org}): соңғы біліктілік арттыру курсы {last} аяқталған; 8.3-тармақ бойынша біліктілік {cycle} сайын кемінде бір рет арттырылады, келесі курс {due} дейін өтілуі тиіс еді — мерзімі {overdue} өтіп кеткен',
      ru: '{name} ({org}): последний курс повышения квалификации окончен {last}; по пункту 8.3 квалификация повышается не реже одного раза в {cycle}, срок следующего курса истёк {due} — просрочено на {overdue}',
      en: '{name} ({org}): last qualification course completed {last}; clause 8.3 asks for one at least once every {cycle}, so the next was due by {due} — {overdue} overdue',
    },
    overdueHired: {
      kk: '{name} ({org}): біліктілік арттыру курсы тіркелмеген, мерзім жұмысқа қабылданған күннен ({last}) есептеледі; 8.3-тармақ бойынша біліктілік {cycle} сайын кемінде бір рет арттырылады, курс {due} дейін өтілуі тиіс еді — мерзімі {overdue} өтіп кеткен',
      ru: '{name} ({org}): курсов повышения квалификации не записано, срок считается с даты приёма на работу ({last}); по пункту 8.3 квалификация повышается не реже одного раза в {cycle}, срок курса истёк {due} — просрочено на {overdue}',
      en: '{name} ({org}): no qualification course recorded, so the cycle counts from hiring ({last}); clause 8.3 asks for a course at least once every {cycle}, due by {due} — {overdue} overdue',
    },
    noBasis: {
      kk: '{name} ({org}): біліктілік арттыру курсы да (qualification[].completed), жұмысқа қабылданған күні (hired) де көрсетілмеген — 8.3-тармақтағы мерзімді ({cycle} сайын кемінде бір рет) есептеу мүмкін емес; бұл бұзушылық емес, деректің жетіспеуі: соңғы курстың аяқталған күнін немесе жұмысқа қабылданған күнін жазыңыз',
      ru: '{name} ({org}): не указаны ни курсы повышения квалификации (qualification[].completed), ни дата приёма на работу (hired) — срок по пункту 8.3 (не реже одного раза в {cycle}) вычислить нельзя; это не нарушение, а недостаток данных: укажите дату окончания последнего курса или дату приёма на работу',
      en: '{name} ({org}): neither a completed qualification course (qualification[].completed) nor a hiring date (hired) is recorded, so the clause 8.3 cycle (at least once every {cycle}) cannot be computed; this is missing data, not a breach: record the last course\'s completion date or the hiring date',
    },
  },
  docs: {
    summary: {
      kk: '8.3-тармақ: басшы қызметкерлердің біліктілігін кемінде 5 жылда бір рет арттыруына жағдай жасайды. Жұмыс істеп жүрген әр қызметкердің соңғы аяқталған курсы тексеру күнінен `cycle_years` жыл (әдепкі мәні 5) бұрыннан ерте болмауы керек.',
      ru: 'Пункт 8.3: руководитель создаёт условия для повышения квалификации работников не реже одного раза в 5 лет. Последний оконченный курс каждого работающего сотрудника — не раньше чем за `cycle_years` лет (по умолчанию 5) до даты проверки.',
      en: 'Clause 8.3: the head creates conditions for the staff to improve their qualification at least once every 5 years. Each active staff member\'s last completed course is at most `cycle_years` (default 5) years before the as-of date.',
    },
    details: {
      kk:
        'Кім: модуль өңірлеріндегі ұйымдардың жұмыс істеп жүрген қызметкерлері (демалыста емес, жұмыстан босатылмаған) — `scope: center` (әдепкі) болса, тек әдістемелік орталықтардың (түрі `center`) қызметкерлері, `scope: all` болса, барлық ұйымның қызметкерлері, — тексеру күні штатта тұрған (`left` күні одан бұрын немесе `hired` күні одан кейін болса, адам есептен шығады) және `positions` тізіміндегі лауазымдардың бірін атқаратындар. ' +
        '8.3-тармақ басшыны орталық қызметкерлерінің кәсіби өсуіне жауапты етеді («қызметкерлердің кәсіби өсуіне, кемінде 5 жылда бір рет олардың біліктілігін арттыру үшін жағдай жасайды»); `other` лауазымындағы қызметкерлер (жүргізушілер, бухгалтерлер…) әдепкі бойынша тексерілмейді (каталог v2): мәтін оларды шығармайды — барлық қызметкерлер туралы айтады, — бірақ біліктілікті арттыру курстары педагогтар мен әдіскерлерге арналған; мәтіннің әрпін ұстану үшін `positions` тізіміне `other` қосыңыз. ' +
        'Соңғы аяқталған курс — тізімнің қай жерінде тұрса да, `completed` күні тексеру күнімен бірдей немесе одан бұрын болатын ең кеш курс; күні жоқ немесе тексеру күнінен кейінгі күнмен жазылған курстар саналмайды. ' +
        'Мерзім = соңғы курс + `cycle_years` күнтізбелік жыл (29.02.2020 + 5 жыл = 28.02.2025); тексеру күні мерзімнен кейін болса, мерзімі өткен деп саналады, сондықтан дәл 5 жыл — дұрыс: 22.11.2021 аяқталған курс 22.11.2026 күні талапқа сай, ал 23.11.2026 күні мерзімі өткен. ' +
        'Аяқталған курс болмаса, мерзім `hired` күнінен есептеледі; жұмысқа қабылданған күні де болмаса, ереже мерзімді есептеу мүмкін еместігін ескерту ретінде хабарлайды: деректің жетіспеуі 8.3-тармақты бұзу емес (каталог v2; баптауларда ережеге берілген деңгей бұл нәтижеге де қолданылады). ' +
        'Нәтиже сол соңғы курстың `completed` күнін (немесе `hired` өрісін, немесе қызметкер жазбасын) көрсетеді. ' +
        'Мерзімі жақындаған қызметкерлерді `support-center/qualification-due` ережесі (ақпарат) хабарлайды. `cycle_years`, `scope` немесе `positions` мәнін өзгертсеңіз, `support-center/qualification-due` ережесіне де сол мәнді беріңіз (немесе бүкіл модульге бір рет: `modules: support-center: params:`).',
      ru:
        'Кто: работающие сотрудники (не в отпуске, не уволенные) организаций в регионах модуля — при `scope: center` (по умолчанию) только сотрудники методических центров (тип `center`), при `scope: all` — сотрудники всех организаций, — состоящие в штате на дату проверки (дата `left` раньше неё или дата `hired` позже неё исключают человека) и занимающие одну из должностей `positions`. ' +
        'Пункт 8.3 возлагает на руководителя заботу о профессиональном росте сотрудников центра («создает условия для профессионального роста работников, повышения их квалификации не реже одного раза в 5 лет»); сотрудники в должности `other` (водители, бухгалтеры…) по умолчанию не проверяются (каталог v2): текст их не исключает — он говорит обо всех работниках, — но курсы повышения квалификации предназначены для педагогических и методических работников; чтобы следовать букве текста, добавьте `other` в `positions`. ' +
        'Последний оконченный курс — курс с самой поздней датой `completed`, не позже даты проверки, где бы он ни стоял в списке; курсы без даты или с датой позже даты проверки не учитываются. ' +
        'Срок = последний курс + `cycle_years` календарных лет (29.02.2020 + 5 лет = 28.02.2025); срок считается просроченным, когда дата проверки позже него, поэтому ровно 5 лет — допустимо: курс, оконченный 22.11.2021, соответствует требованию 22.11.2026 и просрочен 23.11.2026. ' +
        'Если оконченного курса нет, срок считается от `hired`; если нет и даты приёма, правило сообщает, что срок вычислить нельзя, — как предупреждение: недостаток данных не является нарушением пункта 8.3 (каталог v2; уровень, заданный правилу в настройках, действует и для этого замечания). ' +
        'Замечание указывает на дату `completed` этого последнего курса (или на `hired`, или на запись сотрудника). ' +
        'Сотрудников, у которых срок скоро наступит, отмечает правило `support-center/qualification-due` (уровень «замечание»). Если вы меняете `cycle_years`, `scope` или `positions`, задайте то же значение правилу `support-center/qualification-due` (или один раз для модуля: `modules: support-center: params:`).',
      en:
        'Who: active staff (not on leave, not dismissed) of the organizations in the module\'s regions — with `scope: center` (default) only those of methodological centres (type center), with `scope: all` every organization\'s staff — who are staff on the as-of day (a `left` date before it, or a `hired` date after it, takes the person out) and hold one of `positions`. ' +
        '8.3 binds the head to the professional growth of the centre\'s staff («қызметкерлердің кәсіби өсуіне… біліктілігін арттыру» / «профессионального роста работников, повышения их квалификации»); staff in position `other` (drivers, accountants…) are skipped by default (catalog v2): the text does not exclude them — it says all staff — but qualification-improvement courses are for teaching and methodological staff; `positions` with `other` added follows the letter. ' +
        'The last completed course is the one with the latest `completed` date on or before as-of, wherever it sits in the list; courses without a date, or dated after as-of, do not count. ' +
        'Due date = last course + `cycle_years` calendar years (2020-02-29 + 5 years = 2025-02-28); overdue when as-of is after the due date, so exactly 5 years passes: a course completed 2021-11-22 is compliant on 2026-11-22 and overdue on 2026-11-23. ' +
        'With no completed course the cycle counts from `hired`; with no hiring date either the rule reports that the cycle cannot be computed, as a warning: missing data is not a breach of 8.3 (catalog v2; a severity set for the rule in settings applies to this finding too). ' +
        'The finding points at the `completed` date of that last course (or at `hired`, or at the staff record). ' +
        'Staff due soon are support-center/qualification-due (info). If you change `cycle_years`, `scope` or `positions`, set the same value on support-center/qualification-due (or once for the module: `modules: support-center: params:`).',
    },
    examples: {
      pass: 'staff:   # as of 2026-11-22\n  - id: kost-s003\n    name: "Сәрсенбаева Ақмарал"\n    org: kost-aso\n    position: methodologist\n    qualification:\n      - { course: "Жаңартылған білім беру мазмұны", completed: 2019-06-14 }\n      - { course: "Функционалдық сауаттылық", completed: 2023-03-10 }\n',
      fail: 'staff:   # as of 2026-11-22: last course 2021-05-21, due 2026-05-21\n  - id: kost-s004\n    name: "Төлеуов Ғалым"\n    org: kost-aso\n    position: methodologist\n    qualification:\n      - { course: "Критериалды бағалау", completed: 2021-05-21 }\n',
    },
    notes: [
      {
        kk: 'Өзгерістері енгізілген «Педагог мәртебесі туралы» Заң (2019) педагогтардың біліктілігін кемінде 3 жылда бір рет арттыруды көздейді деп айтылады. Бұл модуль Ереженің өз 5 жылын (8.3-тармақ) қолданады; заңдағы мерзімді қолданатын өңір баптауларында `cycle_years: 3` мәнін береді (осы ережеге де, `support-center/qualification-due` ережесіне де).',
        ru: 'Закон «О статусе педагога» (2019) с изменениями, по имеющимся сведениям, предусматривает повышение квалификации педагогов не реже одного раза в 3 года. Этот модуль следует собственному пятилетнему сроку Положения (пункт 8.3); регион, применяющий срок закона, задаёт в настройках `cycle_years: 3` (этому правилу и правилу `support-center/qualification-due`).',
        en: 'The national Law "On the status of a teacher" (2019), as amended, is reported to give teachers a qualification course at least once every 3 years. This module encodes the regulation\'s own 5 years (clause 8.3); a region that applies the law\'s period sets `cycle_years: 3` in its settings (on this rule and on support-center/qualification-due).',
      },
    ],
  },
  check(ctx) {
    const { cycle_years, scope, positions } = ctx.params;
    const cycle = formatYears(cycle_years);
    for (const s of staffInScope(ctx.view, scope, { data: ctx.data, asOf: ctx.asOf, positions })) {
      const q = qualificationStatus(s, ctx.asOf, { cycle_years });
      const base = { name: s.name, org: orgName(ctx.data, s.org), cycle };
      if (q.status === 'no-basis') {
        ctx.report({ messageId: 'noBasis', subject: s.id, at: s, data: base });
      } else if (q.status === 'overdue') {
        ctx.report({
          messageId: q.basis === 'course' ? 'overdue' : 'overdueHired',
          subject: s.id,
          at: s,
          path: q.path,
          data: { ...base, last: q.last, due: q.due, overdue: formatSpan(q.overdueBy!) },
          trace: {
            computation: {
              kk: `${q.last} + ${cycle.kk} = ${q.due} < ${ctx.asOf}`,
              ru: `${q.last} + ${cycle.ru} = ${q.due} < ${ctx.asOf}`,
              en: `${q.last} + ${cycle.en} = ${q.due} < ${ctx.asOf}`,
            },
          },
        });
      }
    }
  },
  // What falls due under this rule (ereje agenda).
  obligations: qualificationObligations,
});
