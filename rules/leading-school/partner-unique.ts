import type { Network } from '../../src/schema/collections.js';
import { rule, distinctPartners, orgName } from './_view.js';

interface Place {
  network: Network;
  /** ['partners', i] or ['leading'] */
  path: (string | number)[];
}

export default rule({
  id: 'leading-school/partner-unique',
  clauses: ['4'],
  severity: 'info',
  subject: { kk: 'мектептің id-і', ru: 'id школы', en: 'school id' },
  messages: {
    partnerTwice: {
      kk: '«{school}» мектебі бірнеше желінің серіктес мектебі ретінде көрсетілген: {networks}. Ережеде бұған тыйым салатын сөйлем жоқ (желілер Бағдарламаның әр түрлі бағыттары бойынша жұмыс істей алады); бұл — деректі тексеру: мектеп шынымен бірнеше желіге кіретінін растаңыз',
      ru: 'Школа «{school}» указана партнёром в нескольких сетях: {networks}. Правила этого не запрещают (сети могут работать по разным направлениям Программы); это проверка данных: убедитесь, что школа действительно входит в несколько сетей',
      en: 'School "{school}" is listed as a partner in several networks: {networks}. No sentence of the regulation forbids this (networks may work on different directions of the Programme); this is a data check: make sure the school really belongs to several networks',
    },
    leadingIsPartner: {
      kk: '«{school}» мектебі {leads} желісінің жетекші мектебі және {partnerOf} желісінің серіктес мектебі ретінде көрсетілген. Ережеде бұған тыйым салатын сөйлем жоқ; бұл — деректі тексеру: мектептің екі рөлі де дұрыс жазылғанын растаңыз',
      ru: 'Школа «{school}» указана ведущей школой сети {leads} и школой-партнёром сети {partnerOf}. Правила этого не запрещают; это проверка данных: убедитесь, что обе роли записаны верно',
      en: 'School "{school}" is listed as the leading school of network {leads} and as a partner of network {partnerOf}. No sentence of the regulation forbids this; this is a data check: make sure both roles are recorded as meant',
    },
  },
  docs: {
    summary: {
      kk: 'Деректі тексеру (ақпарат): бір мектеп екі желінің серіктес мектебі ретінде көрсетілген немесе жетекші мектеп серіктес мектеп ретінде де көрсетілген. 4-тармақ серіктес мектептерді жетекші мектептің желілік тобы ретінде сипаттайды; мектепті бір ғана желімен шектейтін сөйлем мәтінде жоқ.',
      ru: 'Проверка данных (замечание): школа указана партнёром в двух сетях или ведущая школа указана также партнёром. Пункт 4 описывает школы-партнёры как сетевую группу ведущей школы; ни одно предложение текста не ограничивает школу одной сетью.',
      en: 'A data check (info): a school listed as a partner by two networks, or a leading school also listed as a partner. Clause 4 describes partner schools as the network group of a leading school; no sentence limits a school to one network.',
    },
    details: {
      kk:
        'Каталог v2: деңгейі қате емес, ақпарат, ал хабарламалар 4-тармаққа онда жоқ тыйымды телімейді. 4-тармақта тек мынадай сөйлем бар: «Серіктес мектептер – желілік топқа кіретін, біріккен тірек Мектептерден ұйымдасқан аймақ мектептерінің тобы»; жетекші мектеп «Бағдарламаның бір немесе бірнеше бағыттары бойынша» жұмыс істейді, сондықтан бір мектептің екі желіге қатысуы әбден мүмкін. Тексеру теру қателерін табуға арналған. ' +
        'Әр орын жеке хабарланады: екі немесе одан көп желіде көрсетілген мектептің `partners` тізіміндегі әр жазбасы, ал серіктес мектеп ретінде де көрсетілген жетекші мектептің `leading` мәні де, `partners` жазбалары да; қалған орындар байланысты орын ретінде көрсетіледі. ' +
        'Тек модуль өңірлеріндегі желілер салыстырылады. Бір желіде екі рет көрсетілген мектеп — бір орын (екінші желі емес).',
      ru:
        'Каталог v2: уровень — замечание, а не ошибка, и сообщения больше не приписывают пункту 4 запрета, которого в нём нет. Пункт 4 говорит только: «Серіктес мектептер – желілік топқа кіретін, біріккен тірек Мектептерден ұйымдасқан аймақ мектептерінің тобы» (школы-партнёры — группа школ региона, входящих в сетевую группу); ведущая школа работает «Бағдарламаның бір немесе бірнеше бағыттары бойынша» (по одному или нескольким направлениям Программы), так что школа вполне может участвовать в двух сетях. Проверка ловит опечатки. ' +
        'Отмечается каждое место: каждая запись `partners` школы, указанной в двух сетях или более, а для ведущей школы, указанной также партнёром, — и её значение `leading`, и её записи `partners`; остальные места показываются как связанные. ' +
        'Сравниваются только сети в регионах модуля. Школа, дважды указанная в одной сети, — одно место (а не вторая сеть).',
      en:
        'Catalog v2: info, not error, and the messages no longer attribute a prohibition to clause 4. Clause 4 says «Серіктес мектептер – желілік топқа кіретін, біріккен тірек Мектептерден ұйымдасқан аймақ мектептерінің тобы» (partner schools are the group of regional schools in the network group) and nothing more; a leading school works on one or more directions of the Programme («Бағдарламаның бір немесе бірнеше бағыттары бойынша»), so a school may well take part in two networks. The check catches typing mistakes. ' +
        'Each place is reported: every `partners` entry of a school listed by two or more networks, and for a leading school that is also a partner both its `leading` value and its `partners` entries; the other places are related locations. ' +
        'Only networks in the module\'s regions are compared. A school listed twice in the same network is one place (not a second network).',
    },
    examples: {
      pass: 'networks:\n  - { id: net-1, region: kostanay, leading: sch-01, partners: [sch-11, sch-12] }\n  - { id: net-2, region: kostanay, leading: sch-02, partners: [sch-13, sch-14] }\n',
      fail: 'networks:\n  - { id: net-1, region: kostanay, leading: sch-01, partners: [sch-11, sch-02] }   # sch-02 leads net-2\n  - { id: net-2, region: kostanay, leading: sch-02, partners: [sch-13, sch-11] }   # sch-11 is also in net-1\n',
    },
  },
  check(ctx) {
    const partnerPlaces = new Map<string, Place[]>();
    const leadingPlaces = new Map<string, Place[]>();
    const push = (m: Map<string, Place[]>, id: string, p: Place) => {
      const list = m.get(id);
      if (list) list.push(p);
      else m.set(id, [p]);
    };
    for (const n of ctx.view.networks) {
      push(leadingPlaces, n.leading, { network: n, path: ['leading'] });
      for (const { id, index } of distinctPartners(n)) push(partnerPlaces, id, { network: n, path: ['partners', index] });
    }
    const ids = (places: Place[]) => places.map((p) => p.network.id);
    const note = (p: Place) => `${p.network.id}: ${p.path[0] === 'leading' ? 'leading' : 'partner'}`;
    for (const [school, asPartner] of partnerPlaces) {
      const asLeading = leadingPlaces.get(school) ?? [];
      const name = orgName(ctx.data, school);
      if (asPartner.length > 1) {
        for (const p of asPartner) {
          ctx.report({
            messageId: 'partnerTwice',
            subject: school,
            at: p.network,
            path: p.path,
            data: { school: name, networks: ids(asPartner) },
            related: asPartner.filter((o) => o !== p).map((o) => ({ at: o.network, path: o.path, note: note(o) })),
          });
        }
      }
      if (asLeading.length > 0) {
        const data = { school: name, leads: ids(asLeading), partnerOf: ids(asPartner) };
        for (const p of [...asLeading, ...asPartner]) {
          const others = p.path[0] === 'leading' ? asPartner : asLeading;
          ctx.report({
            messageId: 'leadingIsPartner',
            subject: school,
            at: p.network,
            path: p.path,
            data,
            related: others.map((o) => ({ at: o.network, path: o.path, note: note(o) })),
          });
        }
      }
    }
  },
});
