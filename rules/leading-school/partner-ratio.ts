import { z } from 'zod';
import { rule, distinctPartners, orgName } from './_view.js';

export default rule<{ ratio: number }>({
  id: 'leading-school/partner-ratio',
  clauses: ['4'],
  severity: 'warning',
  subject: { kk: 'желінің id-і', ru: 'id сети', en: 'network id' },
  params: {
    ratio: {
      schema: z.number().int().min(1),
      default: 10,
      description: {
        kk: 'Бір жетекші мектепке келетін серіктес мектептер саны (1 жетекші мектепке 10 серіктес мектеп).',
        ru: 'Число школ-партнёров на одну ведущую школу (1 ведущая школа : 10 школ-партнёров).',
        en: 'Partner schools per leading school (1 leading school : 10 partner schools).',
      },
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
    summary: {
      kk: '4-тармақ жетекші мектептер санын 1 жетекші мектепке 10 серіктес мектеп пропорционалды қатынасымен анықтайды: серіктес мектептері `ratio` мәнінен (әдепкі мәні 10) көп желіге ескерту беріледі — бұл шек емес, жоспарлау қатынасы.',
      ru: 'Пункт 4 определяет число ведущих школ пропорцией: 1 ведущая школа на 10 школ-партнёров. Сеть, в которой школ-партнёров больше `ratio` (по умолчанию 10), получает предупреждение — это плановая пропорция, а не предел.',
      en: 'Clause 4 sets the number of leading schools by the proportion of 1 leading school to 10 partner schools: a network with more than `ratio` (default 10) partner schools is worth a warning — a planning proportion, not a cap.',
    },
    details: {
      kk:
        '4-тармақ: «Жетекші Мектеп саны пропорционалды қатынастан 1 Жетекші Мектепке 10 серіктес мектеп болып анықталады» — пропорционалды қатынас *жетекші мектептер санын* анықтайды; бір желідегі серіктес мектептер санын шектейтін сөйлем мәтінде жоқ. ' +
        'Каталог v2-де бұл ереже мәтінде айтылғандай тұжырымдалған ескертуге айналды (бұрын ол қатынасты бір желіге 10 серіктес мектептен аспайтын шек деп оқып, қате беретін). Өңір бойынша жалпы санды `leading-school/region-ratio` ережесі тексереді. ' +
        'Әр серіктес мектеп бір рет саналады (бір желіде екі рет көрсетілген мектеп бір рет есептеледі). Серіктес мектептер саны дәл `ratio` мәніне тең болса — дұрыс, біреуі артық болса — нәтиже шығады. Нәтиже желінің `partners` тізімін көрсетеді.',
      ru:
        'Пункт 4: «Жетекші Мектеп саны пропорционалды қатынастан 1 Жетекші Мектепке 10 серіктес мектеп болып анықталады» (число ведущих школ определяется пропорцией: 1 ведущая школа на 10 школ-партнёров) — пропорцией определяется *число ведущих школ*; ни одно предложение текста не ограничивает число партнёров одной сети. ' +
        'В каталоге v2 это правило стало предупреждением и сформулировано так, как сказано в тексте (раньше оно давало ошибку, читая пропорцию как предел в 10 партнёров на сеть). Подсчёт по региону в целом выполняет правило `leading-school/region-ratio`. ' +
        'Каждая школа-партнёр считается один раз (школа, дважды указанная в одной сети, учитывается однажды). Ровно `ratio` партнёров — допустимо, на одного больше — замечание. Замечание указывает на список `partners` сети.',
      en:
        'Clause 4: «Жетекші Мектеп саны пропорционалды қатынастан 1 Жетекші Мектепке 10 серіктес мектеп болып анықталады» — the *number of leading schools* is determined by the proportion; no sentence limits the partners of one network. ' +
        'Catalog v2 makes this rule a warning worded as the text says (it was an error reading the proportion as a cap of 10 partners per network). The region-wide count is leading-school/region-ratio. ' +
        'Partners are counted once each (a school listed twice in the same network counts once). Exactly `ratio` partners passes; one more is reported. The finding points at the network\'s `partners` list.',
    },
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
