import { z } from 'zod';
import { rule, distinctPartners, orgName } from './_view.js';

export default rule<{ ratio: number }>({
  id: 'leading-school/partner-ratio',
  clauses: ['4'],
  severity: 'error',
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
      kk: '{network} желісінде «{leading}» жетекші мектебіне {count} серіктес мектеп бекітілген: 4-тармақ бойынша 1 жетекші мектепке {ratio} серіктес мектептен аспауы керек ({excess} артық)',
      ru: 'В сети {network} ведущей школе «{leading}» закреплено {count} школ-партнёров: по пункту 4 на 1 ведущую школу приходится не более {ratio} школ-партнёров (лишних: {excess})',
      en: 'Network {network}: the leading school "{leading}" has {count} partner schools; clause 4 allows at most {ratio} per leading school ({excess} too many)',
    },
  },
  docs: {
    summary: 'A leading school leads the network group of at most `ratio` (default 10) partner schools: clause 4 sets 1 leading school to 10 partner schools.',
    details: 'Partners are counted once each (a school listed twice in the same network counts once). Exactly `ratio` partners passes; one more fails. The finding points at the network\'s `partners` list.',
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
      });
    }
  },
});
