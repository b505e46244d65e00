import { addDays, formatDotted } from '../../src/core/dates.js';
import { WorkingCalendar, whyOff } from '../../src/calendar/working-days.js';
import { rule } from './_view.js';

export default rule({
  id: 'landing/working-days',
  clauses: ['4.2.4'],
  severity: 'info',
  subject: { kk: 'десанттың id-і', ru: 'id десанта', en: 'landing id' },
  messages: {
    daysOff: {
      kk: 'Десант ({from} – {to}) демалыс күндеріне түседі: {days}; 4.2.4-тармаққа сәйкес десант мүшелері білім беру ұйымының белгіленген жұмыс режиміне кедергі келтірмеуге міндетті — күндерді жұмыс күндеріне ауыстырыңыз (не ereje.yaml-да calendar.working_days көрсетіңіз)',
      ru: 'Десант ({from} – {to}) приходится на выходные дни: {days}; по п. 4.2.4 члены десанта обязаны не препятствовать установленному режиму работы организации образования — перенесите на рабочие дни (или укажите calendar.working_days в ereje.yaml)',
      en: 'The landing ({from} – {to}) falls on days off: {days}; under 4.2.4 its members must not disrupt the school\'s established working regime — move it to working days (or set calendar.working_days in ereje.yaml)',
    },
  },
  docs: {
    summary: {
      kk: 'Десант жұмыс күндеріне жоспарланады: `dates` кезеңіне түсетін демалыс күні, мереке күні немесе Үкімет ауыстырған демалыс күні көрсетіледі (ақпарат; 4.2.4-тармақ: десант мүшелері білім беру ұйымдарының «белгіленген жұмыс режиміне кедергі келтірмеуге» міндетті).',
      ru: 'Десант планируется на рабочие дни: день из `dates`, приходящийся на выходной, праздничный день или выходной, перенесённый Правительством, отмечается замечанием (п. 4.2.4: члены десанта обязаны не препятствовать установленному режиму работы организации образования — «белгіленген жұмыс режиміне кедергі келтірмеуге»).',
      en: 'A landing is scheduled on working days: a day of `dates` that is a weekend, a public holiday or a day off moved by the Government is reported (info; clause 4.2.4: the members must not disrupt the school\'s established working regime, «белгіленген жұмыс режиміне кедергі келтірмеуге»).',
    },
    details: {
      kk: [
        'Қазақстандағы мереке күндері мен Үкіметтің демалыс күндерін ауыстыруы бағдарламамен бірге жеткізіледі (`src/calendar/kz-holidays.yaml`, 2023–2027 жылдар, әр жылдың дереккөзі көрсетілген): демалыс күніне сәйкес келген мерекенің демалысы келесі жұмыс күніне ауысады, діни мерекелердің демалыс күндері (Православиелік Рождество, Құрбан айт) ауыстырылмайды, ал Үкімет жұмыс күні деп белгілеген сенбі жұмыс күні болып саналады (2024 жылғы 4 мамыр).',
        'Алты күндік жұмыс аптасымен жұмыс істейтін мектеп, жергілікті демалыс күні немесе жұмыс күні болып белгіленген демалыс күні `ereje.yaml` файлында көрсетіледі: `calendar: { working_days: { week: 6, days_off: [2026-04-10], working_days: [2026-05-09] } }`. Күші жойылған десанттар мен Ереже бекітілгенге дейін (19.03.2024) басталған десанттар тексерілмейді; өткізілген десанттар тексеріледі — іс жүзінде қалай болғаны есепте көрінуі үшін.',
        'Бұл тек ақпарат: сенбіде өтетін десант мектеппен келісілуі мүмкін; хабарлама мұның байқаусыз кеткен қателік емес, әдейі қабылданған шешім болуын ғана талап етеді.',
      ].join('\n\n'),
      ru: [
        'Праздничные дни Казахстана и переносы выходных дней Правительством поставляются вместе с программой (`src/calendar/kz-holidays.yaml`, 2023–2027 годы, для каждого года указан источник): если праздник выпадает на выходной, выходной переносится на следующий рабочий день, выходные дни религиозных праздников (православное Рождество, Курбан айт) не переносятся, а суббота, объявленная Правительством рабочей, считается рабочим днём (4 мая 2024 г.).',
        'Шестидневная рабочая неделя школы, местный выходной или рабочий день, назначенный на выходной, задаются в `ereje.yaml`: `calendar: { working_days: { week: 6, days_off: [2026-04-10], working_days: [2026-05-09] } }`. Отменённые десанты и десанты, начавшиеся до утверждения Положения (19.03.2024), не проверяются; проведённые проверяются, чтобы в учёте было видно, как всё прошло на деле.',
        'Это только замечание: десант в субботу может быть согласован со школой; замечание лишь требует, чтобы это было осознанным решением, а не недосмотром.',
      ].join('\n\n'),
      en: [
        'Kazakhstan\'s public holidays and the Government\'s transfers of days off are shipped data (src/calendar/kz-holidays.yaml, 2023–2027, each year with its source): a holiday on a weekend moves the day off to the next working day, religious days off (Orthodox Christmas, Kurban Ait) never move, and a Saturday the Government makes a working day counts as one (4 May 2024).',
        'A school on a six-day week, a local day off or a worked day is set in ereje.yaml: `calendar: { working_days: { week: 6, days_off: [2026-04-10], working_days: [2026-05-09] } }`. Landings that are cancelled or start before the regulation (2024-03-19) are not checked; held ones are, so that the record shows what happened.',
        'Info only: a landing on a Saturday may be agreed with the school; the finding asks for that to be a decision, not an oversight.',
      ].join('\n\n'),
    },
    examples: {
      pass: 'landings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, dates: { from: 2026-03-10, to: 2026-03-12 } }   # Tuesday – Thursday\n',
      fail: 'landings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, dates: { from: 2026-03-20, to: 2026-03-23 } }   # Friday – Monday: a weekend and Nauryz\n',
    },
  },
  check(ctx) {
    const cal = ctx.calendar.workingDays ?? new WorkingCalendar();
    for (const l of ctx.view.landings) {
      const { from, to } = l.dates;
      if (to < from || to > addDays(from, 366)) continue; // data/schema territory, not a schedule
      const off = cal.daysOffIn(from, to);
      if (!off.length) continue;
      const days = off.map((d) => ({ kk: `${formatDotted(d.date)} (${whyOff(d, 'kk')})`, ru: `${formatDotted(d.date)} (${whyOff(d, 'ru')})`, en: `${d.date} (${whyOff(d, 'en')})` }));
      ctx.report({ messageId: 'daysOff', subject: l.id, at: l, path: ['dates'], data: { from, to, days } });
    }
  },
});
