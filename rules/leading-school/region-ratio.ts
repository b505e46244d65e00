import { z } from 'zod';
import type { Network } from '../../src/schema/collections.js';
import { rule, distinctPartners, kkAblative, regionName } from './_view.js';

export default rule<{ ratio: number }>({
  id: 'leading-school/region-ratio',
  clauses: ['4'],
  severity: 'warning',
  subject: { kk: 'өңір коды', ru: 'код региона', en: 'region slug' },
  params: {
    ratio: {
      schema: z.number().int().min(1),
      default: 10,
      description: {
        kk: 'Бір жетекші мектепке келетін серіктес мектептер саны: өңірде ⌈серіктес мектептер ÷ `ratio`⌉ жетекші мектеп болуы мүмкін.',
        ru: 'Число школ-партнёров на одну ведущую школу: в регионе может быть ⌈школы-партнёры ÷ `ratio`⌉ ведущих школ.',
        en: 'Partner schools per leading school: a region may have ⌈partners ÷ ratio⌉ leading schools.',
      },
      clause: '4',
    },
  },
  messages: {
    tooMany: {
      kk: '{region}: жетекші мектептер саны — {leading}, серіктес мектептер саны — {partners}; 4-тармақтағы 1 : {ratio} пропорционалды қатынасы бойынша жетекші мектептер саны {allowed} аспауы керек',
      ru: '{region}: ведущих школ — {leading}, школ-партнёров — {partners}; при соотношении 1 : {ratio} (пункт 4) ведущих школ должно быть не больше {allowed}',
      en: '{region}: {leading} leading schools for {partners} partner schools; the 1 : {ratio} proportion of clause 4 allows at most {allowed}',
    },
  },
  docs: {
    summary: {
      kk: 'Өңірдегі жетекші мектептер саны 4-тармақтағы пропорционалды қатынасқа бағынады: ⌈серіктес мектептер ÷ `ratio`⌉ санынан аспайды (`ratio` әдепкі мәні — 10).',
      ru: 'Число ведущих школ в регионе следует пропорции пункта 4: не больше ⌈школы-партнёры ÷ `ratio`⌉ (по умолчанию `ratio` равно 10).',
      en: 'The number of leading schools in a region follows the proportion of clause 4: at most ⌈partner schools ÷ `ratio`⌉ (default ratio 10).',
    },
    details: {
      kk:
        'Өңір желілеріндегі әр түрлі мектептер саналады (желінің өңірі — оның өз `region` өрісі): әр жетекші мектеп бір рет, әр серіктес мектеп оны қанша желі көрсетсе де бір рет. ' +
        '21 серіктес мектепке 3 жетекші мектеп болуы мүмкін, 4 емес; 20 серіктес мектепке — 2. Желілерінде бірде-бір серіктес мектеп көрсетілмеген өңірде жетекші мектеп болмауы керек, сондықтан серіктес мектебі жоқ жетекші мектеп хабарланады. ' +
        'Нәтиже өңірдің бірінші желісін (файлдардағы реті бойынша) көрсетеді; өңірдің басқа желілері байланысты орын ретінде беріледі. ' +
        '4-тармақ: «Жетекші Мектеп саны пропорционалды қатынастан 1 Жетекші Мектепке 10 серіктес мектеп болып анықталады» — жетекші мектептер санын пропорционалды қатынас анықтайды, сондықтан қатынас дәл осы өңір бойынша жалпы санға қолданылады (серіктес мектептері көп жеке желіні `leading-school/partner-ratio` ережесі ескерту ретінде хабарлайды). Мәтін санды қатынас арқылы белгілейді, бірақ ең көп шекті атамайды; ⌈серіктес мектептер ÷ `ratio`⌉ санын өңірдегі жетекші мектептердің ең көп саны деп оқу — осы ереженің (әрі каталогтың) түсіндірмесі, сондықтан нәтиже ескерту деңгейінде.',
      ru:
        'Считаются разные школы по всем сетям региона (регион сети — её собственное поле `region`): каждая ведущая школа один раз, каждая школа-партнёр один раз, сколько бы сетей её ни указывало. ' +
        'При 21 школе-партнёре допустимы 3 ведущие школы, а не 4; при 20 — 2. В регионе, сети которого не указывают ни одного партнёра, ведущих школ быть не должно, поэтому ведущая школа без партнёров отмечается. ' +
        'Замечание указывает на первую сеть региона (в порядке файлов); остальные сети региона показываются как связанные места. ' +
        'Пункт 4: «Жетекші Мектеп саны пропорционалды қатынастан 1 Жетекші Мектепке 10 серіктес мектеп болып анықталады» (число ведущих школ определяется пропорцией: 1 ведущая школа на 10 школ-партнёров) — пропорцией определяется число ведущих школ, поэтому она применяется именно к подсчёту по региону (отдельную сеть с большим числом партнёров отмечает правило `leading-school/partner-ratio` как предупреждение). Текст устанавливает число через пропорцию и не называет максимума; понимать ⌈школы-партнёры ÷ `ratio`⌉ как наибольшее число ведущих школ в регионе — толкование этого правила (и каталога), поэтому оно выдаёт предупреждение.',
      en:
        'Counts distinct schools over the region\'s networks (a network\'s region is its own `region` field): each leading school once, each partner school once however many networks list it. ' +
        '21 partner schools allow 3 leading schools, not 4; 20 allow 2. A region whose networks list no partner at all allows none, so a leading school without partners is reported. ' +
        'The finding points at the region\'s first network (in file order); the other networks of the region are related locations. ' +
        'Clause 4: «Жетекші Мектеп саны пропорционалды қатынастан 1 Жетекші Мектепке 10 серіктес мектеп болып анықталады» — the number of leading schools is set by the proportion, so this region-wide count is where the proportion applies (a single network with more partners is leading-school/partner-ratio, a warning). The text sets the number by the proportion and states no maximum; reading ⌈partners ÷ ratio⌉ as the most a region should have is this rule\'s (and the catalog\'s) reading, which is why it is a warning.',
    },
    examples: {
      pass: 'networks:   # 12 partners → 2 leading schools allowed\n  - { id: net-1, region: kostanay, leading: sch-01, partners: [p01, p02, p03, p04, p05, p06] }\n  - { id: net-2, region: kostanay, leading: sch-02, partners: [p07, p08, p09, p10, p11, p12] }\n',
      fail: 'networks:   # 9 partners → 1 leading school allowed, 2 designated\n  - { id: net-1, region: kostanay, leading: sch-01, partners: [p01, p02, p03, p04, p05] }\n  - { id: net-2, region: kostanay, leading: sch-02, partners: [p06, p07, p08, p09] }\n',
    },
  },
  check(ctx) {
    const { ratio } = ctx.params;
    const byRegion = new Map<string, Network[]>();
    for (const n of ctx.view.networks) {
      const list = byRegion.get(n.region);
      if (list) list.push(n);
      else byRegion.set(n.region, [n]);
    }
    for (const [region, networks] of byRegion) {
      const leading = new Set<string>();
      const partners = new Set<string>();
      for (const n of networks) {
        leading.add(n.leading);
        for (const p of distinctPartners(n)) partners.add(p.id);
      }
      const allowed = Math.ceil(partners.size / ratio);
      if (leading.size <= allowed) continue;
      const [first, ...others] = networks;
      ctx.report({
        messageId: 'tooMany',
        subject: region,
        at: first,
        path: ['region'],
        data: { region: regionName(region), leading: leading.size, partners: partners.size, ratio, allowed: { kk: kkAblative(allowed), ru: String(allowed), en: String(allowed) } },
        related: others.map((n) => ({ at: n, path: ['leading'], note: `${n.id}: ${n.leading}` })),
        trace: { computation: { kk: `⌈${partners.size} ÷ ${ratio}⌉ = ${allowed} < ${leading.size}`, ru: `⌈${partners.size} ÷ ${ratio}⌉ = ${allowed} < ${leading.size}`, en: `⌈${partners.size} ÷ ${ratio}⌉ = ${allowed} < ${leading.size}` } },
      });
    }
  },
});
