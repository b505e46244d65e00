import { rule, orgName } from './_view.js';

const INITIATORS: readonly string[] = ['cpm', 'cpm-branch'];

export default rule({
  id: 'leading-school/initiator',
  clauses: ['2.1'],
  severity: 'error',
  subject: { kk: 'желінің id-і', ru: 'id сети', en: 'network id' },
  messages: {
    missing: {
      kk: '{network}: жетекші мектеп құрудың бастамашысы (initiator) көрсетілмеген; 2.1-тармақ бойынша бастамашылар — ПШО және оның филиалдары',
      ru: '{network}: не указан инициатор создания ведущей школы (initiator); по пункту 2.1 инициаторами являются ЦПМ и его филиалы',
      en: 'Network {network}: no initiator recorded; under clause 2.1 the initiators of leading schools are the CPM and its branches',
    },
    notCpm: {
      kk: '{network}: бастамашы «{initiator}» ПШО немесе оның филиалы емес (түрі: {type}); 2.1-тармақ бойынша жетекші мектеп құрудың бастамашылары — ПШО және оның филиалдары',
      ru: '{network}: инициатор «{initiator}» не является ЦПМ или его филиалом (тип: {type}); по пункту 2.1 инициаторами создания ведущих школ являются ЦПМ и его филиалы',
      en: 'Network {network}: the initiator "{initiator}" is not the CPM or a CPM branch (type: {type}); under clause 2.1 only they initiate leading schools',
    },
  },
  docs: {
    summary: {
      kk: 'Жетекші мектеп құрудың бастамашылары — ПШО және оның филиалдары (2.1-тармақ): желінің бастамашысы түрі `cpm` немесе `cpm-branch` ұйым болуы керек.',
      ru: 'Инициаторами создания ведущих школ являются ЦПМ и его филиалы (пункт 2.1): инициатор сети — организация типа `cpm` или `cpm-branch`.',
      en: 'The initiators of leading schools are the CPM and its branches (clause 2.1): a network\'s initiator is an organization of type cpm or cpm-branch.',
    },
    details: {
      kk: '`initiator` көрсетілмесе, нәтиже желінің өзіне қойылады; бастамашы басқа түрдегі ұйым болса — оның мәніне. Ешбір ұйымды атамайтын id-ді `data/unknown-reference` ережесі хабарлайды.',
      ru: 'Если `initiator` не указан, замечание относится к самой сети; если инициатор — организация другого типа, замечание указывает на его значение. О id, не соответствующем ни одной организации, сообщает правило `data/unknown-reference`.',
      en: 'A missing `initiator` is reported at the network; an initiator of another type at its value. An id that names no organization is left to data/unknown-reference.',
    },
    examples: {
      pass: 'organizations:\n  - { id: cpm-kost, type: cpm-branch, name: "ПШО Қостанай филиалы", region: kostanay }\nnetworks:\n  - { id: net-1, region: kostanay, leading: sch-05, initiator: cpm-kost }\n',
      fail: 'organizations:\n  - { id: kost-uo, type: education-department, name: "Білім басқармасы", region: kostanay }\nnetworks:\n  - { id: net-1, region: kostanay, leading: sch-05, initiator: kost-uo }\n',
    },
  },
  check(ctx) {
    for (const n of ctx.view.networks) {
      if (!n.initiator) {
        ctx.report({ messageId: 'missing', subject: n.id, at: n, data: { network: n.id } });
        continue;
      }
      const org = ctx.data.org(n.initiator);
      if (!org || INITIATORS.includes(org.type)) continue;
      ctx.report({
        messageId: 'notCpm',
        subject: n.id,
        at: n,
        path: ['initiator'],
        data: { network: n.id, initiator: orgName(ctx.data, org.id), type: org.type },
        related: [{ at: org, path: ['type'], note: `${org.id}: ${org.type}` }],
      });
    }
  },
});
