import { z } from 'zod';
import { rule, distinctPartners, orgName } from './_view.js';

export default rule<{ ratio: number }>({
  id: 'leading-school/partner-ratio',
  clauses: ['4'],
  severity: 'warning',
  subject: 'network id',
  params: {
    ratio: {
      schema: z.number().int().min(1),
      default: 10,
      description: 'Partner schools per leading school (1 leading school : 10 partner schools).',
      clause: '4',
    },
  },
  messages: {
    tooMany: {
      kk: '{network} желісінде «{leading}» жетекші мектебіне {count} серіктес мектеп бекітілген — бұл 4-тармақтағы 1 : {ratio} пропорционалды қатынасынан {excess} мектепке көп. 4-тармақ бұл қатынаспен жетекші мектептер санын анықтайды, бір желідегі серіктес мектептер санына шек қоймайды: мұншама серіктес мектеп болса, өңірде тағы бір жетекші мектеп бекітуді қарастырыңыз',
      ru: 'В сети {network} за ведущей школой «{leading}» закреплено школ-партнёров: {count} — на {excess} больше пропорции 1 : {ratio} из пункта 4. Пункт 4 этой пропорцией определяет число ведущих школ, а не предел числа партнёров одной сети: при таком числе партнёров стоит рассмотреть ещё одну ведущую школу в регионе',
      en: 'Network {network}: the leading school "{leading}" has {count} partner schools, {excess} more than the 1 : {ratio} proportion of clause 4. Clause 4 sets the number of leading schools by this proportion; it does not cap a network\'s partners: with this many partners, consider another leading school in the region',
    },
  },
  docs: {
    summary: 'Clause 4 sets the number of leading schools by the proportion of 1 leading school to 10 partner schools: a network with more than `ratio` (default 10) partner schools is worth a warning — a planning proportion, not a cap.',
    details:
      'Clause 4: «Жетекші Мектеп саны пропорционалды қатынастан 1 Жетекші Мектепке 10 серіктес мектеп болып анықталады» — the *number of leading schools* is determined by the proportion; no sentence limits the partners of one network. ' +
      'Catalog v2 makes this rule a warning worded as the text says (it was an error reading the proportion as a cap of 10 partners per network). The region-wide count is leading-school/region-ratio. ' +
      'Partners are counted once each (a school listed twice in the same network counts once). Exactly `ratio` partners passes; one more is reported. The finding points at the network\'s `partners` list.',
    examples: {
      pass: 'networks:\n  - id: net-1\n    region: kostanay\n    leading: sch-05\n    partners: [sch-11, sch-12, sch-13, sch-14, sch-15, sch-16, sch-17, sch-18, sch-19, sch-20]   # 10\n',
      fail: 'networks:\n  - id: net-1\n    region: kostanay\n    leading: sch-05\n    partners: [sch-11, sch-12, sch-13, sch-14, sch-15, sch-16, sch-17, sch-18, sch-19, sch-20, sch-21]   # 11\n',
    },
  },
  check(ctx) {
    const { ratio } = ctx.params;
    for (const n of ctx.view.networks) {
      const count = distinctPartners(n).length;
      if (count <= ratio) continue;
      ctx.report({
        messageId: 'tooMany',
        subject: n.id,
        at: n,
        path: ['partners'],
        data: { network: n.id, leading: orgName(ctx.data, n.leading), count, ratio, excess: count - ratio },
        trace: { computation: { kk: `${count} > ${ratio}`, ru: `${count} > ${ratio}`, en: `${count} > ${ratio}` } },
      });
    }
  },
});
