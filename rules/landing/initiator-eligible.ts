import { judgeHead } from '../../src/model/people.js';
import { orgLabel, personLabel, POSITION, rule } from './_view.js';

const ELIGIBLE = new Set(['center-head', 'school-head', 'community-head']);

export default rule({
  id: 'landing/initiator-eligible',
  clauses: ['1.3'],
  severity: 'error',
  subject: { kk: 'десанттың id-і', ru: 'id десанта', en: 'landing id' },
  messages: {
    missing: {
      kk: 'Десанттың бастамашысы (initiator) көрсетілмеген: 1.3-тармаққа сәйкес бастамашы — оқу-әдістемелік орталықтың басшысы, білім беру ұйымының басшысы немесе кәсіби педагогикалық қауымдастықтың басшысы',
      ru: 'Не указан инициатор десанта (initiator): по п. 1.3 инициатором может быть руководитель учебно-методического центра, руководитель организации образования или руководитель профессионального педагогического сообщества',
      en: 'The landing\'s initiator is not recorded (initiator): under 1.3 it is the head of the centre, the head of an education organisation or the head of a professional pedagogical community',
    },
    wrongRole: {
      kk: 'Бастамашының рөлі — {role}: 1.3-тармаққа сәйкес десанттың бастамашысы тек оқу-әдістемелік орталықтың басшысы, білім беру ұйымының басшысы немесе кәсіби педагогикалық қауымдастықтың (облыстық әдістемелік бірлестіктің) басшысы бола алады',
      ru: 'Роль инициатора — {role}: по п. 1.3 инициатором десанта может быть только руководитель учебно-методического центра, руководитель организации образования или руководитель профессионального педагогического сообщества (областного методического объединения)',
      en: 'The initiator\'s role is {role}: under 1.3 only the head of the centre, the head of an education organisation or the head of a professional pedagogical community (regional methodological association) may initiate a landing',
    },
    notCenterHead: {
      kk: 'Бастамашы {person} орталық басшысы ретінде көрсетілген, бірақ {on} ж. {organizer} басшысы — {director}{headsHint}',
      ru: 'Инициатор {person} указан как руководитель центра, но на {on} руководитель организации {organizer} — {director}{headsHint}',
      en: 'The initiator {person} is recorded as the head of the centre, but on {on} the head of {organizer} was {director}{headsHint}',
    },
    notHead: {
      kk: 'Бастамашы {person} білім беру ұйымының басшысы ретінде көрсетілген, бірақ оның лауазымы — {position}',
      ru: 'Инициатор {person} указан как руководитель организации образования, но его должность — {position}',
      en: 'The initiator {person} is recorded as the head of an education organisation, but holds the position {position}',
    },
  },
  docs: {
    summary: {
      kk: 'Десанттың бастамашысы — оқу-әдістемелік орталықтың басшысы, білім беру ұйымының басшысы немесе кәсіби педагогикалық қауымдастықтың басшысы (1.3-тармақ): `initiator.role` мәні — `center-head`, `school-head` немесе `community-head`.',
      ru: 'Инициатор десанта — руководитель учебно-методического центра, руководитель организации образования или руководитель профессионального педагогического сообщества (п. 1.3): значение `initiator.role` — `center-head`, `school-head` или `community-head`.',
      en: 'A landing is initiated by the head of the centre, the head of an education organisation or the head of a professional pedagogical community (1.3): `initiator.role` is center-head, school-head or community-head.',
    },
    details: {
      kk: [
        '`initiator` мүлде көрсетілмесе, десант жазбасында бұзушылық беріледі: 1.3-тармақ десанттың бастамашысы кім бола алатынын шектейді, сондықтан бастаманы кім көтергені тіркелуі тиіс.',
        '`role: other` (немесе осы үшеуінен тыс кез келген рөл) `initiator.role` өрісінде бұзушылық ретінде көрсетіледі.',
        'Бастамашы қызметкер ретінде аталса (`initiator.staff`), рөлі оның жазбасымен де салыстырылады: `center-head` бастама көтерілген күні ұйымдастырушыны басқарған болуы тиіс (мәтінде Қарағанды облысындағы оқу-әдістемелік орталықтың, яғни десантты жіберетін орталықтың басшысы аталған); бастама күні — десант өз өтінімін атаса, өтінімнің `submitted` күні, әйтпесе десанттың бірінші күні (каталог v2: сол кездегі жағдай бойынша бағаланады; басшының міндетін атқарушы да есептеледі; `heads:` тарихы жоқ болса, `director` өрісіндегі адам және лауазымы `director` болып көрсетілген қызметкерлер белгілі бір уақыттағы басшылар ретінде алынады); `school-head` лауазымы `director` болуы немесе сол күні өз ұйымын басқарған болуы тиіс. Қауымдастықтар деректерде ұйым ретінде көрсетілмейді, сондықтан олардың басшылары салыстырылмайды. Тек `name` арқылы аталған адам жазылған күйінде қабылданады.',
      ].join(' '),
      ru: [
        'Отсутствие `initiator` — нарушение в записи десанта: п. 1.3 ограничивает круг тех, кто может выступить инициатором десанта, поэтому инициатор должен быть зафиксирован.',
        '`role: other` (или любая роль, кроме трёх названных) — нарушение в `initiator.role`.',
        'Если инициатор указан как сотрудник (`initiator.staff`), роль сверяется и с его записью: `center-head` должен руководить организатором (в тексте назван руководитель учебно-методического центра Карагандинской области, то есть центра, направляющего десант) в день инициативы — в дату `submitted` запроса, если десант ссылается на свой запрос, иначе в первый день десанта (каталог v2: по положению на тот момент; исполняющий обязанности руководителя учитывается; при отсутствии истории `heads:` руководителями без привязки к датам считаются лицо из поля `director` и сотрудники с должностью `director`); `school-head` должен занимать должность `director` или руководить своей организацией в этот день. Сообщества не представлены в данных как организации, и их руководители не сверяются. Лицо, указанное только через `name`, принимается так, как записано.',
      ].join(' '),
      en: [
        'No `initiator` at all is a finding at the landing: 1.3 limits who may start a landing, so who did must be on record.',
        '`role: other` (or any role outside the three) is a finding at `initiator.role`.',
        'When the initiator is named as staff (`initiator.staff`), the role is also held against the record: a center-head must have headed the organizer (the text names the head of the Karaganda regional centre, i.e. the centre sending the landing) on the day of the initiative — the request\'s `submitted` date when the landing names its request, else the landing\'s first day (catalog v2: judged as things stood then; an acting head counts; without a `heads:` history, `director` and staff with position director are heads of some time); a school-head must hold the position director or have headed their organisation on that day. Heads of communities are not organizations in the data and are not cross-checked. A person named only by `name` is taken as recorded.',
      ].join(' '),
    },
    examples: {
      pass: 'landings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, initiator: { staff: kar-sch12-d, role: school-head }, dates: { from: 2026-03-10, to: 2026-03-12 } }\n',
      fail: 'landings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, initiator: { name: "Ата-аналар комитеті", role: other }, dates: { from: 2026-03-10, to: 2026-03-12 } }\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    for (const l of ctx.view.landings) {
      const ini = l.initiator;
      if (!ini) {
        ctx.report({ messageId: 'missing', subject: l.id, at: l, path: ['initiator'] });
        continue;
      }
      if (!ELIGIBLE.has(ini.role)) {
        ctx.report({ messageId: 'wrongRole', subject: l.id, at: l, path: ['initiator', 'role'], data: { role: ini.role } });
        continue;
      }
      const person = ini.staff ? data.person(ini.staff) : undefined;
      if (!person) continue;
      const label = personLabel(data, person.id);
      const related = [{ at: person, path: ['position'], note: person.id }];
      const on = data.get('requests', l.request)?.submitted ?? l.dates.from;
      if (ini.role === 'center-head') {
        const head = judgeHead(data, person.id, l.organizer, on);
        if (!head.ok) {
          ctx.report({ messageId: 'notCenterHead', subject: l.id, at: l, path: ['initiator', 'staff'], data: { person: label, on, organizer: orgLabel(data, l.organizer), director: head.heads, headsHint: head.hint }, related });
        }
      } else if (ini.role === 'school-head' && person.position !== 'director' && !data.isHeadOn(person.id, person.org, on)) {
        ctx.report({ messageId: 'notHead', subject: l.id, at: l, path: ['initiator', 'staff'], data: { person: label, position: POSITION[person.position] }, related });
      }
    }
  },
});
