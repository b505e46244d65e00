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
  subject: 'landing id',
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
    summary:
      'Every member of the landing is active staff of the organizer (the centre) with position director, deputy-director, head-of-department or methodologist (1.4, 5.1).',
    details: [
      'Each member is checked at its place in `members`: on the staff of another organization (named); not active; a position outside the four. A landing with no `members` at all is one finding at the landing.',
      'The head of the centre is allowed: 1.4 lists "оқу-әдістемелік орталықтың басшысы" among the participants, while 5.1 names only the deputies, heads of departments and methodologists — the catalog follows 1.4, the wider list.',
      'Membership is judged on the landing\'s dates (catalog v2): a member hired after the landing started, or whose `left` (last working day) is before it ended, was not staff then (message notStaffThen); one who has left since is fine. Staff `status` without dates is today\'s status: it is checked for landings not yet held (status planned) only. For a held landing a member who has since been dismissed or gone on leave is not a finding — the record cannot say they were away then.',
      'A member id that names no staff is data/unknown-reference\'s finding and is skipped here.',
    ].join(' '),
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
