import { orgLabel, personLabel, POSITION, rule } from './_view.js';

const ELIGIBLE = new Set(['director', 'deputy-director', 'head-of-department', 'methodologist']);

const STATUS = {
  leave: { kk: 'демалыста', ru: 'в отпуске', en: 'on leave' },
  dismissed: { kk: 'жұмыстан босатылған', ru: 'уволен(а)', en: 'dismissed' },
} as const;

export default rule({
  id: 'landing/member-eligible',
  clauses: ['1.4', '5.1'],
  severity: 'error',
  subject: { kk: 'десанттың id-і', ru: 'id десанта', en: 'landing id' },
  messages: {
    noMembers: {
      kk: 'Десант құрамы (members) көрсетілмеген: 1.4, 5.1-тармақтарға сәйкес десант оқу-әдістемелік орталықтың басшысынан, басшының орынбасарларынан, бөлім басшыларынан және әдіскерлерінен құралады',
      ru: 'Не указан состав десанта (members): по пп. 1.4, 5.1 в него входят руководитель учебно-методического центра, его заместители, руководители отделов и методисты',
      en: 'The landing has no members recorded (members): under 1.4 and 5.1 it is made up of the centre\'s head, deputy heads, heads of departments and methodologists',
    },
    notStaff: {
      kk: '{member} — {org} қызметкері, десантты жіберетін {organizer} қызметкері емес: 1.4, 5.1-тармақтарға сәйкес десант оқу-әдістемелік орталық қызметкерлерінен құралады',
      ru: '{member} — сотрудник организации {org}, а не организации {organizer}, направляющей десант: по пп. 1.4, 5.1 десант формируется из сотрудников учебно-методического центра',
      en: '{member} works at {org}, not at {organizer}, which sends the landing: under 1.4 and 5.1 members are staff of the centre',
    },
    notStaffThen: {
      kk: '{member} десант күндері ({start} – {end}) {organizer} қызметкері болмаған (жұмысқа қабылданған күні — {hired}, соңғы жұмыс күні — {left})',
      ru: '{member} в дни десанта ({start} – {end}) не был(а) сотрудником организации {organizer} (дата приёма — {hired}, последний рабочий день — {left})',
      en: '{member} was not on the staff of {organizer} on the landing\'s dates ({start} – {end}) (hired {hired}, last working day {left})',
    },
    notActive: {
      kk: '{member} қазір {status}: десантқа тек жұмыс істеп жүрген қызметкерлер қатыса алады',
      ru: '{member} в настоящее время {status}: в состав десанта входят только работающие сотрудники',
      en: '{member} is {status}: only staff at work can be members of a planned landing',
    },
    wrongPosition: {
      kk: '{member} лауазымы — {position}: 1.4, 5.1-тармақтарға сәйкес десантқа орталық басшысы, басшының орынбасарлары, бөлім басшылары және әдіскерлер қатысады',
      ru: 'У сотрудника {member} должность «{position}»: по пп. 1.4, 5.1 в состав десанта входят руководитель центра, его заместители, руководители отделов и методисты',
      en: '{member} holds the position {position}: under 1.4 and 5.1 members are the centre\'s head, deputy heads, heads of departments and methodologists',
    },
  },
  docs: {
    summary: {
      kk: 'Десанттың әр мүшесі — ұйымдастырушының (орталықтың) жұмыс істеп жүрген қызметкері, лауазымы: басшы (`director`), басшының орынбасары (`deputy-director`), бөлім басшысы (`head-of-department`) немесе әдіскер (`methodologist`) (1.4, 5.1-тармақтар).',
      ru: 'Каждый член десанта — работающий сотрудник организатора (центра) в должности руководителя (`director`), заместителя руководителя (`deputy-director`), руководителя отдела (`head-of-department`) или методиста (`methodologist`) (пп. 1.4, 5.1).',
      en: 'Every member of the landing is active staff of the organizer (the centre) with position director, deputy-director, head-of-department or methodologist (1.4, 5.1).',
    },
    details: {
      kk: [
        'Әр мүше `members` тізіміндегі өз орнында тексеріледі: басқа ұйымның қызметкері (ұйым аталады); қазір жұмыс істемейді; лауазымы осы төртеуінен тыс. `members` мүлде көрсетілмеген десант үшін десант жазбасында бір бұзушылық көрсетіледі.',
        'Орталық басшысының қатысуына жол беріледі: 1.4-тармақта қатысушылардың қатарында «оқу-әдістемелік орталықтың басшысы» аталған, ал 5.1-тармақ тек басшының орынбасарларын, бөлім басшылары мен әдіскерлерді атайды — каталог кеңірек тізбені, яғни 1.4-тармақты ұстанады.',
        'Мүшелік десант күндері бойынша бағаланады (каталог v2): десант басталғаннан кейін жұмысқа қабылданған немесе `left` күні (соңғы жұмыс күні) десант аяқталғанға дейін болған мүше ол кезде қызметкер болмаған (`notStaffThen` хабарламасы); кейін жұмыстан кеткен мүше бұзушылық емес. Күндері жоқ `status` — қызметкердің бүгінгі жағдайы: ол тек әлі өткізілмеген десанттар (`status: planned`) үшін тексеріледі. Өткізілген десант үшін кейін жұмыстан босатылған немесе демалысқа кеткен мүше бұзушылық деп саналмайды — жазбадан оның сол кезде жұмыста болмағаны көрінбейді.',
        'Ешбір қызметкерді атамайтын мүше id-і — `data/unknown-reference` ережесінің бұзушылығы, мұнда ол өткізіліп жіберіледі.',
      ].join(' '),
      ru: [
        'Каждый член десанта проверяется на своём месте в `members`: сотрудник другой организации (она называется); не работает в настоящее время; должность вне четырёх названных. Десант без `members` — одно нарушение в записи десанта.',
        'Руководитель центра допускается: п. 1.4 называет среди участников «оқу-әдістемелік орталықтың басшысы» (руководителя учебно-методического центра), а п. 5.1 — только заместителей руководителя, руководителей отделов и методистов; каталог следует п. 1.4 как более широкому перечню.',
        'Членство оценивается на даты десанта (каталог v2): член, принятый на работу после начала десанта или чей `left` (последний рабочий день) приходится до его окончания, тогда не был сотрудником (сообщение `notStaffThen`); уволившийся позднее — не нарушение. `status` сотрудника без дат — его нынешнее состояние: он проверяется только для ещё не проведённых десантов (`status: planned`). Для проведённого десанта член, впоследствии уволенный или ушедший в отпуск, нарушением не считается — из записи не следует, что его тогда не было на работе.',
        'id члена, не соответствующий ни одному сотруднику, — нарушение по правилу `data/unknown-reference`; здесь он пропускается.',
      ].join(' '),
      en: [
        'Each member is checked at its place in `members`: on the staff of another organization (named); not active; a position outside the four. A landing with no `members` at all is one finding at the landing.',
        'The head of the centre is allowed: 1.4 lists "оқу-әдістемелік орталықтың басшысы" among the participants, while 5.1 names only the deputies, heads of departments and methodologists — the catalog follows 1.4, the wider list.',
        'Membership is judged on the landing\'s dates (catalog v2): a member hired after the landing started, or whose `left` (last working day) is before it ended, was not staff then (message notStaffThen); one who has left since is fine. Staff `status` without dates is today\'s status: it is checked for landings not yet held (status planned) only. For a held landing a member who has since been dismissed or gone on leave is not a finding — the record cannot say they were away then.',
        'A member id that names no staff is data/unknown-reference\'s finding and is skipped here.',
      ].join(' '),
    },
    examples: {
      pass: 'staff:\n  - { id: kar-s002, name: "Сейітқали Гүлнар Ерланқызы", org: kar-umc, position: deputy-director }\n  - { id: kar-s011, name: "Нұрланова Әйгерім Болатқызы", org: kar-umc, position: methodologist }\nlandings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, dates: { from: 2026-03-10, to: 2026-03-12 }, members: [kar-s002, kar-s011] }\n',
      fail: 'staff:\n  - { id: kar-t051, name: "Ғабитова Мәншүк Серікқызы", org: kar-sch-12, position: teacher }\nlandings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, dates: { from: 2026-03-10, to: 2026-03-12 }, members: [kar-t051] }   # a teacher of the school visited\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    for (const l of ctx.view.landings) {
      const members = l.members ?? [];
      if (members.length === 0) {
        ctx.report({ messageId: 'noMembers', subject: l.id, at: l, path: ['members'] });
        continue;
      }
      const organizer = orgLabel(data, l.organizer);
      members.forEach((id, i) => {
        const s = data.person(id);
        if (!s) return;
        const member = personLabel(data, id);
        const path = ['members', i];
        const related = [{ at: s, path: ['id'], note: id }];
        if (s.org !== l.organizer) {
          ctx.report({ messageId: 'notStaff', subject: l.id, at: l, path, data: { member, org: orgLabel(data, s.org), organizer }, related });
          return;
        }
        // Judged on the landing's dates (catalog v2): staff between `hired` and `left`.
        if (!data.isStaffOn(s.id, l.organizer, l.dates.from) || !data.isStaffOn(s.id, l.organizer, l.dates.to)) {
          ctx.report({ messageId: 'notStaffThen', subject: l.id, at: l, path, data: { member, organizer, start: l.dates.from, end: l.dates.to, hired: s.hired ?? null, left: s.left ?? null }, related });
          return;
        }
        if (l.status !== 'held' && s.status && s.status !== 'active' && s.left === undefined) {
          ctx.report({ messageId: 'notActive', subject: l.id, at: l, path, data: { member, status: STATUS[s.status] }, related: [{ at: s, path: ['status'], note: id }] });
        }
        if (!ELIGIBLE.has(s.position)) {
          ctx.report({ messageId: 'wrongPosition', subject: l.id, at: l, path, data: { member, position: POSITION[s.position] }, related: [{ at: s, path: ['position'], note: id }] });
        }
      });
    }
  },
});
