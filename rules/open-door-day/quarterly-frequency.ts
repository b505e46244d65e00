import { z } from 'zod';
import { rule } from './_view.js';
import { anyDateIn, centrePlanQuarters, unknownSchoolYears } from './_quarters.js';
import { quarterlyObligations } from './_obligations.js';

/** How the finding names the reading of «тоқсан» it used. */
const READING = {
  planAcademic: {
    kk: '«тоқсан» оқу тоқсаны ретінде оқылды, себебі жұмыс жоспары оқу жылына арналған',
    ru: '«тоқсан» прочитан как учебная четверть, так как план работы составлен на учебный год',
    en: '«тоқсан» read as a school term, since the work plan covers a school year',
  },
  planCalendar: {
    kk: '«тоқсан» күнтізбелік тоқсан ретінде оқылды, себебі жұмыс жоспары оқу жылына арналмаған',
    ru: '«тоқсан» прочитан как календарный квартал, так как план работы составлен не на учебный год',
    en: '«тоқсан» read as a calendar quarter, since the work plan does not cover a school year',
  },
  academic: {
    kk: '«тоқсан» оқу тоқсаны ретінде оқылды (баптаулар: quarters: academic)',
    ru: '«тоқсан» прочитан как учебная четверть (настройки: quarters: academic)',
    en: '«тоқсан» read as a school term (settings: quarters: academic)',
  },
  calendar: {
    kk: '«тоқсан» күнтізбелік тоқсан ретінде оқылды (баптаулар: quarters: calendar)',
    ru: '«тоқсан» прочитан как календарный квартал (настройки: quarters: calendar)',
    en: '«тоқсан» read as a calendar quarter (settings: quarters: calendar)',
  },
} as const;

export default rule<{ quarters: 'plan' | 'calendar' | 'academic' }>({
  id: 'open-door-day/quarterly-frequency',
  clauses: ['1.5'],
  severity: 'error',
  subject: {
    kk: 'ұйымдастырушының id-і (+ кезең, мысалы `2026-Q2`)',
    ru: 'id организатора (+ период, например `2026-Q2`)',
    en: 'organizer id (+ period, e.g. 2026-Q2)',
  },
  params: {
    quarters: {
      schema: z.enum(['plan', 'calendar', 'academic']),
      default: 'plan',
      description: {
        kk: '«Тоқсанына» сөзіндегі тоқсанды қалай түсіну керек: `plan` (әдепкі: оқу жылына арналған жоспар сол жылдың төрт оқу тоқсаны бойынша, басқа кез келген жоспар күнтізбелік тоқсандар бойынша есептеледі), `calendar` (қаңтар–наурыз, сәуір–маусым, шілде–қыркүйек, қазан–желтоқсан; кезең `2026-Q2`) немесе `academic` (`calendar.school_years` тізіміндегі әр оқу жылының төрт тоқсаны; кезең `2025-2026-Q3`)',
        ru: 'Как понимать «тоқсан» в словах «тоқсанына кемінде бір рет» (квартал или учебная четверть): `plan` (по умолчанию: план на учебный год считается по четырём учебным четвертям этого года, любой другой план — по календарным кварталам), `calendar` (январь–март, апрель–июнь, июль–сентябрь, октябрь–декабрь; период `2026-Q2`) или `academic` (четыре четверти каждого учебного года из `calendar.school_years`; период `2025-2026-Q3`)',
        en: 'Which quarters "тоқсанына" means: plan (default: a plan covering a school year is counted in that year\'s four school terms, any other plan in calendar quarters), calendar (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec; period 2026-Q2) or academic (the four тоқсан of each school year in calendar.school_years; period 2025-2026-Q3)',
      },
      clause: '1.5',
    },
  },
  messages: {
    noEvent: {
      kk: '{org}: {quarter} ({from} – {to}) бірде-бір ашық есік күні өткізілмеген және жоспарланбаған; ашық есік күні {per} кемінде бір рет өткізіледі ({plan} жұмыс жоспары: {planFrom} – {planTo}; {reading})',
      ru: '{org}: {quarter} ({from} – {to}) не проведён и не запланирован ни один день открытых дверей, а он проводится не реже одного раза {per} (план работы {plan}: {planFrom} – {planTo}; {reading})',
      en: '{org}: no open door day is held or planned {quarter} ({from} – {to}); it is held at least once {per} (work plan {plan}: {planFrom} – {planTo}; {reading})',
    },
    unknownYear: {
      kk: 'Оқу жылдарының күнтізбесінде {year} оқу жылы жоқ, сондықтан {plan} жұмыс жоспарының {from} – {to} аралығындағы тоқсандары тексерілмеді: бұл оқу жылының тоқсандарын ereje.yaml файлындағы calendar.school_years тізіміне қосыңыз',
      ru: 'В календаре учебных лет нет {year} учебного года, поэтому четверти плана работы {plan} за {from} – {to} не проверены: добавьте четверти этого учебного года в calendar.school_years файла ereje.yaml',
      en: 'The school-year calendar has no {year} school year, so the quarters of work plan {plan} in {from} – {to} were not checked: add that year\'s quarters to calendar.school_years in ereje.yaml',
    },
  },
  messageSeverity: { unknownYear: 'warning' },
  docs: {
    summary: {
      kk: 'Орталықтың жұмыс жоспарымен қиылысатын әр тоқсанда сол орталықтың кемінде бір ашық есік күні болады (1.5-тармақ: «тоқсанына кемінде бір рет»). Жоспарланған күндер есептеледі, тоқтатылғандары есептелмейді.',
      ru: 'В каждом квартале, пересекающемся с планом работы центра, есть хотя бы один день открытых дверей этого центра (пункт 1.5: «тоқсанына кемінде бір рет» — не реже одного раза в квартал). Запланированные дни засчитываются, отменённые — нет.',
      en: 'Every quarter that overlaps a work plan of a centre has at least one open door day of that centre dated in it (clause 1.5: "тоқсанына кемінде бір рет", at least once per quarter). Planned days count; cancelled ones do not.',
    },
    details: {
      kk: [
        '«Тоқсан» сөзі күнтізбелік тоқсанды да, оқу жылының тоқсанын да білдіреді, ал мәтінде қайсысы екені айтылмаған. Әдепкі түсіндіру (`quarters: plan`, каталогтың v2 нұсқасы) жоспарға қарайды: кезеңі оқу жылы болатын жұмыс жоспары — 1 қыркүйектен немесе күнтізбедегі оқу жылының бірінші күнінен 31 мамырға, 31 тамызға немесе күнтізбедегі оқу жылының соңғы күніне дейін — сол оқу жылының төрт тоқсаны бойынша есептеледі, ал олардың арасындағы демалыстар, жазғы демалысты қоса, ештеңе талап етпейді; басқа кез келген жоспар (мысалы, күнтізбелік жылға арналған жоспар) күнтізбелік тоқсандар бойынша есептеледі. `quarters: calendar` немесе `quarters: academic` барлық жоспарға бір ғана түсіндіруді қолданады. Әр бұзушылықта қай түсіндіру қолданылғаны айтылады.',
        'Модуль өңірлеріндегі жұмыс жоспары бар түрі `center` әр ұйым тексеріледі: оның әр жоспары бойынша жоспар кезеңімен қиылысатын әр тоқсанда (жоспар ертерек басталса, модуль күнінен — 14.01.2023-тен бастап) сол орталықтың тоқтатылмаған, күні тоқсан ішінде болатын кемінде бір ашық есік күні болуы тиіс. Күн жоспарланған болуы мүмкін: ереже тек өткенді емес, жоспарды да тексереді, сондықтан алдағы тоқсанға күн жоспарланса, бұзушылық болмайды. Тоқсан ішіндегі күн жоспардың өз кезеңінен тыс болса да есептеледі (01.09.2025 – 31.05.2026 жоспары `2025-Q3` тоқсанымен тек қыркүйекте қиылысады, бірақ шілдедегі күн де сол тоқсанға есептеледі). Жұмыс жоспары мүлде жоқ орталық тексерілмейді: міндет «жұмыс жоспарында бекітілген кестеге сәйкес» белгіленген.',
        'Тоқсан шекаралары: 31.03.2026 — `2026-Q1` тоқсанында, 01.04.2026 — `2026-Q2` тоқсанында. Бір орталықтың бір-бірімен қиылысатын екі жоспарында (күнтізбелік жылға және оқу жылына арналған) ашық есік күні жоқ тоқсан бір рет, бірінші жоспар бойынша хабарланады.',
        '`quarters: academic` болғанда тоқсандар — күнтізбедегі әр оқу жылының төрт тоқсаны (баптаулардағы `calendar.school_years`, ол болмаса бағдарламамен бірге жеткізілетін `src/calendar/school-years.yaml`), белгісі мысалы `2025-2026-Q3`; олардың арасындағы демалыстар ешбір тоқсанға жатпайды және іс-шараны талап етпейді. Министрлік әр оқу жылын шілде–тамызда бұйрықпен жариялайды, сондықтан жоспар күнтізбеде әлі жоқ оқу жылына өтуі мүмкін (бұл жағдайда оқу жылы 1 қыркүйек – 31 тамыз деп алынады). Мұндай бөлік үнсіз өткізіліп жіберілмейді: ереже ол туралы әр орталық пен оқу жылы бойынша бір рет хабарлайды (`unknownYear` хабарламасы, ескерту: бұл бұзушылық емес, күнтізбе деректерінің жоқтығы; кезеңі — оқу жылы, мысалы `2026-2027`) және белгілі тоқсандарды тексереді. Ол бөлікті тексеру үшін оқу жылын күнтізбеге қосыңыз.',
        'Бұзушылық орталықтың жазбасына көрсетіледі, жұмыс жоспарының кезеңі қатысты орын ретінде беріледі; бұзушылықтың кезеңі — тоқсанның белгісі.',
      ].join('\n\n'),
      ru: [
        '«Тоқсан» означает и календарный квартал, и учебную четверть, а текст не уточняет, что именно. Толкование по умолчанию (`quarters: plan`, каталог v2) следует плану: план работы, период которого — учебный год (с 1 сентября или с первого дня учебного года по календарю до 31 мая, 31 августа или последнего дня учебного года по календарю), считается по четырём четвертям этого учебного года, а каникулы между ними, включая летние, ничего не требуют; любой другой план (например, на календарный год) считается по календарным кварталам. `quarters: calendar` или `quarters: academic` применяют одно толкование ко всем планам. Каждое нарушение сообщает, какое толкование применено.',
        'Проверяется каждая организация типа `center` в регионах модуля, у которой есть план работы: по каждому её плану в каждом квартале, пересекающемся с периодом плана (с даты модуля, 14.01.2023, если план начинается раньше), должен быть хотя бы один не отменённый день открытых дверей этого центра с датой внутри квартала. День может быть запланированным: правило проверяет план, а не только прошлое, поэтому будущий квартал проходит проверку, как только на него запланирован день. День с датой в квартале засчитывается, даже если он лежит вне периода самого плана (план на 01.09.2025 – 31.05.2026 пересекается с кварталом `2025-Q3` только сентябрём, но день в июле всё равно засчитывается в этот квартал). Центр без плана работы не проверяется: обязанность установлена «жұмыс жоспарында бекітілген кестеге сәйкес» (по графику, утверждённому в плане работы).',
        'Границы кварталов: 31.03.2026 относится к `2026-Q1`, 01.04.2026 — к `2026-Q2`. Квартал без дня открытых дверей, пропущенный в двух пересекающихся планах одного центра (на календарный и на учебный год), отмечается один раз — по первому плану.',
        'При `quarters: academic` кварталами считаются четыре четверти каждого учебного года из календаря (настройка `calendar.school_years`, иначе поставляемый с программой `src/calendar/school-years.yaml`), с метками вида `2025-2026-Q3`; каникулы между ними не относятся ни к одной четверти и мероприятия не требуют. Министерство объявляет каждый учебный год приказом в июле–августе, поэтому план может заходить в учебный год, которого в календаре ещё нет (для этого учебный год принимается как 1 сентября – 31 августа). Такая часть не пропускается молча: правило сообщает о ней один раз на центр и учебный год (сообщение `unknownYear`, предупреждение: это не нарушение, а нехватка данных календаря; период — учебный год, например `2026-2027`) и проверяет известные ему четверти. Чтобы проверить эту часть, добавьте учебный год в календарь.',
        'Нарушение указывает на запись центра, период плана работы приводится как связанное место; период нарушения — метка квартала.',
      ].join('\n\n'),
      en: [
        '«Тоқсан» means both a calendar quarter and a school term (тоқсан of the school year), and the text does not say which. The default reading (`quarters: plan`, catalog v2) follows the plan: a work plan whose period is a school year — from 1 September, or the school year\'s first day in the calendar, to 31 May, 31 August, or the school year\'s last day in the calendar — is counted in that school year\'s four terms, and the breaks between them, summer included, owe nothing; any other plan (a calendar-year plan, say) is counted in calendar quarters. `quarters: calendar` or `quarters: academic` apply one reading to every plan. Every finding says which reading it used.',
        'Checked for every organization of type center in the module\'s regions that has a work plan: for each of its plans, each quarter that overlaps the plan\'s period — counted from the module\'s date (2023-01-14) when the plan starts earlier — needs at least one open door day of that centre, not cancelled, dated inside the quarter. The day may be planned: the rule checks the plan, not only the past, so a quarter still to come passes once a day is planned for it. A day dated in the quarter counts even if it lies outside the plan\'s own period (a plan for 2025-09-01 – 2026-05-31 overlaps 2025-Q3 through September only, and a day in July still serves that quarter). A centre without any work plan is not checked: the duty is "per the schedule approved in the work plan".',
        'Quarter edges: 2026-03-31 is in 2026-Q1, 2026-04-01 in 2026-Q2. A quarter missing from two overlapping plans of the same centre (a calendar-year plan and an academic-year plan) is reported once, at the first plan.',
        'With `quarters: academic` the quarters are the four тоқсан of each school year in the calendar (settings calendar.school_years, else the shipped src/calendar/school-years.yaml), labelled e.g. 2025-2026-Q3; the breaks between them belong to no quarter and need no event. The ministry publishes each school year by order in July–August, so a plan may reach into a school year the calendar does not know yet (a school year is taken as 1 September – 31 August for this purpose). Such a part is not silently passed: the rule reports it once per centre and school year (message unknownYear, a warning: missing calendar data, not a breach; period = the school year, e.g. 2026-2027) and checks the quarters it does know. Add the year to the calendar to check it.',
        'The finding points at the centre\'s record, with the work plan\'s period as a related location; its period is the quarter\'s label.',
      ].join('\n\n'),
    },
    examples: {
      pass: 'organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan }\nwork_plans:\n  - { id: plan-2026, org: tur-bdo, period: { from: 2026-01-01, to: 2026-06-30 } }\nopen_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-03-31 }   # Q1\n  - { id: odd-q2, organizer: tur-bdo, date: 2026-04-01 }   # Q2\n',
      fail: 'organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan }\nwork_plans:\n  - { id: plan-2026, org: tur-bdo, period: { from: 2026-01-01, to: 2026-06-30 } }\nopen_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12 }\n  - { id: odd-q2, organizer: tur-bdo, date: 2026-05-14, status: cancelled }   # 2026-Q2 has none\n',
    },
  },
  check(ctx) {
    const { data, view, scope, params } = ctx;
    const years = ctx.calendar.schoolYears;
    for (const center of view.centers) {
      const { dates, plans } = centrePlanQuarters(data, center.id, scope.from, years, params.quarters);
      const reported = new Set<string>();
      for (const { plan, period, academic, quarters } of plans) {
        const related = [{ at: plan, path: ['period'], note: `${plan.id}: ${plan.period.from} – ${plan.period.to}` }];
        const reading = params.quarters === 'plan' ? (academic ? READING.planAcademic : READING.planCalendar) : READING[params.quarters];
        for (const q of quarters) {
          if (reported.has(q.label) || anyDateIn(dates, q)) continue;
          reported.add(q.label);
          ctx.report({
            messageId: 'noEvent',
            subject: center.id,
            period: q.label,
            at: center,
            data: { org: center.name, quarter: q.name, per: q.per, from: q.from, to: q.to, plan: plan.id, planFrom: plan.period.from, planTo: plan.period.to, reading },
            related,
          });
        }
        if (!academic) continue;
        for (const u of unknownSchoolYears(years, period)) {
          if (reported.has(u.name)) continue;
          reported.add(u.name);
          ctx.report({
            messageId: 'unknownYear',
            subject: center.id,
            period: u.name,
            at: center,
            data: { year: u.name.replace('-', '–'), plan: plan.id, from: u.from, to: u.to },
            related,
          });
        }
      }
    }
  },
  // What falls due under this rule (ereje agenda).
  obligations: quarterlyObligations,
});
