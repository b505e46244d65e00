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
  severity: 'error',
  subject: 'school id',
  messages: {
    partnerTwice: {
      kk: '«{school}» мектебі бірнеше желінің серіктес мектебі болып тұр: {networks}; 4-тармақ бойынша серіктес мектеп бір жетекші мектептің желілік тобына кіреді',
      ru: 'Школа «{school}» указана партнёром в нескольких сетях: {networks}; по пункту 4 школа-партнёр входит в сетевую группу одной ведущей школы',
      en: 'School "{school}" is a partner in several networks: {networks}; under clause 4 a partner school belongs to the network group of one leading school',
    },
    leadingIsPartner: {
      kk: '«{school}» мектебі {leads} желісінің жетекші мектебі, сонымен бірге {partnerOf} желісінің серіктес мектебі; жетекші мектеп серіктес мектеп бола алмайды (4-тармақ)',
      ru: 'Школа «{school}» — ведущая школа сети {leads} и одновременно школа-партнёр сети {partnerOf}; ведущая школа не может быть партнёром (пункт 4)',
      en: 'School "{school}" leads network {leads} and is also a partner of network {partnerOf}; a leading school cannot be a partner school (clause 4)',
    },
  },
  docs: {
    summary: 'A school is a partner of one network only, and a leading school is not a partner of any network (clause 4: partner schools form the network group of a leading school).',
    details:
      'Each offending place is reported: every `partners` entry of a school listed by two or more networks, and for a leading school that is also a partner both its `leading` value and its `partners` entries; the other places are related locations. ' +
      'Only networks in the module\'s regions are compared. A school listed twice in the same network is one place (not a second network).',
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
