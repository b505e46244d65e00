import { rule } from './_view.js';

export default rule({
  id: 'leading-school/designation-basis',
  clauses: ['2.2'],
  severity: 'error',
  subject: 'network id',
  messages: {
    noLetter: {
      kk: '{network} желісінің негізінде ПШО хаты (basis.cpm_letter) көрсетілмеген: 2.2-тармақ бойынша жетекші мектеп құрудың негізі — білім беру ұйымдары көрсетілген ПШО хаты',
      ru: 'У сети {network} не указано письмо ЦПМ (basis.cpm_letter): по пункту 2.2 основанием создания ведущей школы является письмо ЦПМ с перечнем организаций образования',
      en: 'Network {network} records no CPM letter (basis.cpm_letter): under clause 2.2 a leading school is set up on a CPM letter naming the schools',
    },
    noOrder: {
      kk: '{network} желісінің негізінде облыстық білім басқармасының бұйрығы (basis.regional_order) көрсетілмеген (2.2-тармақ)',
      ru: 'У сети {network} не указан приказ областного органа управления образованием (basis.regional_order) (пункт 2.2)',
      en: 'Network {network} records no order of the regional education authority (basis.regional_order) (clause 2.2)',
    },
    undated: {
      kk: '{network}: {document} күні (date) көрсетілмеген, сондықтан хат пен бұйрықтың ретін тексеру мүмкін емес',
      ru: '{network}: у {document} не указана дата (date), поэтому порядок письма и приказа проверить нельзя',
      en: 'Network {network}: the {document} has no date, so the order of letter and order cannot be checked',
    },
    orderBeforeLetter: {
      kk: '{network}: облыстық бұйрық {orderDate} шыққан, ал ол негізделетін ПШО хаты {letterDate} — бұйрық хаттан бұрын болмауы керек (2.2-тармақ)',
      ru: '{network}: областной приказ издан {orderDate}, а письмо ЦПМ, на котором он основан, датировано {letterDate} — приказ не может предшествовать письму (пункт 2.2)',
      en: 'Network {network}: the regional order is dated {orderDate}, before the CPM letter it rests on ({letterDate}) (clause 2.2)',
    },
  },
  docs: {
    summary: 'A leading school is set up on a CPM letter naming the schools, which is the basis of an order of the regional education authority (clause 2.2): both are recorded, and the order is dated on or after the letter.',
    details:
      'Reads `basis.cpm_letter` and `basis.regional_order` of each network. A missing letter or order is reported at `basis` (or at the network when it has no `basis`). ' +
      'A letter or order recorded without a date is reported too (its order cannot be checked). An order dated the same day as the letter passes; a day earlier fails. ' +
      'The branch recommendation of 2.3 and the order\'s issuer are not checked here.',
    examples: {
      pass: 'networks:\n  - id: net-1\n    region: kostanay\n    leading: sch-05\n    basis:\n      cpm_letter: { number: "12-04/311", date: 2025-08-15 }\n      regional_order: { number: "452", date: 2025-08-28, issuer: kost-uo }\n',
      fail: 'networks:\n  - id: net-1\n    region: kostanay\n    leading: sch-05\n    basis:\n      cpm_letter: { number: "12-04/311", date: 2025-08-15 }\n      regional_order: { number: "452", date: 2025-08-14, issuer: kost-uo }   # before the letter\n',
    },
  },
  check(ctx) {
    const DOC = {
      letter: { kk: 'ПШО хатының', ru: 'письма ЦПМ', en: 'CPM letter' },
      order: { kk: 'облыстық бұйрықтың', ru: 'областного приказа', en: 'regional order' },
    };
    for (const n of ctx.view.networks) {
      const letter = n.basis?.cpm_letter;
      const order = n.basis?.regional_order;
      const basisPath = n.basis ? ['basis'] : [];
      if (!letter) ctx.report({ messageId: 'noLetter', subject: n.id, at: n, path: basisPath, data: { network: n.id } });
      if (!order) ctx.report({ messageId: 'noOrder', subject: n.id, at: n, path: basisPath, data: { network: n.id } });
      if (letter && !letter.date) ctx.report({ messageId: 'undated', subject: n.id, at: n, path: ['basis', 'cpm_letter'], data: { network: n.id, document: DOC.letter } });
      if (order && !order.date) ctx.report({ messageId: 'undated', subject: n.id, at: n, path: ['basis', 'regional_order'], data: { network: n.id, document: DOC.order } });
      if (letter?.date && order?.date && order.date < letter.date) {
        ctx.report({
          messageId: 'orderBeforeLetter',
          subject: n.id,
          at: n,
          path: ['basis', 'regional_order', 'date'],
          data: { network: n.id, orderDate: order.date, letterDate: letter.date },
          related: [{ at: n, path: ['basis', 'cpm_letter', 'date'], note: `cpm_letter: ${letter.date}` }],
        });
      }
    }
  },
});
