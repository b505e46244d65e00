import { rule, orgName, regionName } from './_view.js';

const DOC = {
  letter: { kk: 'ПШО хатының', ru: 'письма ЦПМ', en: 'CPM letter' },
  order: { kk: 'облыстық бұйрықтың', ru: 'областного приказа', en: 'regional order' },
};

export default rule({
  id: 'leading-school/designation-basis',
  clauses: ['2.2', '2.3'],
  severity: 'error',
  subject: { kk: 'желінің id-і', ru: 'id сети', en: 'network id' },
  messageSeverity: { noRecommendation: 'warning', recommendationAfterLetter: 'warning', undatedRecommendation: 'warning', noIssuer: 'info' },
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
      kk: '{network}: {document} күні (date) көрсетілмеген, сондықтан құжаттардың ретін тексеру мүмкін емес',
      ru: '{network}: у {document} не указана дата (date), поэтому порядок документов проверить нельзя',
      en: 'Network {network}: the {document} has no date, so the order of the documents cannot be checked',
    },
    undatedRecommendation: {
      kk: '{network}: филиал ұсынымының күні (basis.branch_recommendation.date) көрсетілмеген, сондықтан оның ПШО хатынан бұрын болғанын тексеру мүмкін емес (2.3)',
      ru: '{network}: у рекомендации филиала не указана дата (basis.branch_recommendation.date), поэтому нельзя проверить, что она предшествовала письму ЦПМ (пункт 2.3)',
      en: 'Network {network}: the branch recommendation has no date (basis.branch_recommendation.date), so whether it came before the CPM letter cannot be checked (clause 2.3)',
    },
    orderBeforeLetter: {
      kk: '{network}: облыстық бұйрық {orderDate} шыққан, ал ол негізделетін ПШО хаты {letterDate} — бұйрық хаттан бұрын болмауы керек (2.2-тармақ)',
      ru: '{network}: областной приказ издан {orderDate}, а письмо ЦПМ, на котором он основан, датировано {letterDate} — приказ не может предшествовать письму (пункт 2.2)',
      en: 'Network {network}: the regional order is dated {orderDate}, before the CPM letter it rests on ({letterDate}) (clause 2.2)',
    },
    noIssuer: {
      kk: '{network}: облыстық бұйрықты шығарған орган (basis.regional_order.issuer) көрсетілмеген, сондықтан оның облыстық білім беру жергілікті атқарушы органының бұйрығы екенін тексеру мүмкін емес (2.2-тармақ)',
      ru: '{network}: не указано, кем издан областной приказ (basis.regional_order.issuer), поэтому нельзя проверить, что это приказ областного местного исполнительного органа образования (пункт 2.2)',
      en: 'Network {network}: the regional order does not record its issuer (basis.regional_order.issuer), so whether it is an order of the regional education authority cannot be checked (clause 2.2)',
    },
    wrongIssuer: {
      kk: '{network}: облыстық бұйрықты «{issuer}» шығарған, ол желі өңірінің ({region}) білім басқармасы емес (түрі: {type}, өңірі: {issuerRegion}); 2.2-тармақ бойынша негіз — «облыстық білім беру жергілікті орындаушы органдарының бұйрығы»',
      ru: '{network}: областной приказ издан организацией «{issuer}», которая не является управлением образования региона сети ({region}) (тип: {type}, регион: {issuerRegion}); по пункту 2.2 основанием служит приказ областного местного исполнительного органа образования',
      en: 'Network {network}: the regional order was issued by "{issuer}", which is not the education department of the network\'s region ({region}) (type: {type}, region: {issuerRegion}); under clause 2.2 the basis is an order of the regional local executive education authority',
    },
    noRecommendation: {
      kk: '{network} желісінің негізінде филиал ұсынымы (basis.branch_recommendation) көрсетілмеген; 2.3-тармақ бойынша «аймақтардағы білім беру ұйымдарының тізімін филиалдардың ұсынымының негізінде ПШО анықтайды»',
      ru: 'У сети {network} не указана рекомендация филиала (basis.branch_recommendation); по пункту 2.3 ЦПМ определяет перечень организаций образования в регионах на основе рекомендаций филиалов',
      en: 'Network {network} records no branch recommendation (basis.branch_recommendation); under clause 2.3 the CPM sets the list of schools in the regions from the branches\' recommendations',
    },
    recommendationAfterLetter: {
      kk: '{network}: филиал ұсынымы {recommendationDate} күнімен, ал ПШО хаты {letterDate} күнімен жазылған; 2.3-тармақ бойынша ПШО тізімді филиалдардың ұсынымының негізінде анықтайды, сондықтан ұсыным хаттан кейін болмауы тиіс',
      ru: '{network}: рекомендация филиала датирована {recommendationDate}, а письмо ЦПМ — {letterDate}; по пункту 2.3 ЦПМ определяет перечень на основе рекомендаций филиалов, поэтому рекомендация не может быть позже письма',
      en: 'Network {network}: the branch recommendation is dated {recommendationDate}, after the CPM letter ({letterDate}); under clause 2.3 the CPM sets the list from the branches\' recommendations, so the recommendation comes first',
    },
  },
  docs: {
    summary: {
      kk: 'Жетекші мектеп білім беру ұйымдары көрсетілген ПШО хаты негізінде құрылады, ол хат облыстық білім беру жергілікті атқарушы органы бұйрығының негізі болады (2.2), ал ұйымдар тізімін ПШО филиалдардың ұсынымы негізінде анықтайды (2.3): хат пен бұйрық жазылуы, бұйрық хатпен бір күні немесе одан кейін шығуы және оны желі өңірінің білім басқармасы шығаруы керек; филиал ұсынымы жоқ болса немесе ол хаттан кейінгі күнмен жазылса — ескерту.',
      ru: 'Ведущая школа создаётся на основании письма ЦПМ с перечнем организаций образования, которое служит основанием приказа областного местного исполнительного органа образования (пункт 2.2), а перечень ЦПМ определяет на основе рекомендаций филиалов (пункт 2.3): письмо и приказ записаны, приказ датирован днём письма или позже и издан управлением образования региона сети; отсутствие рекомендации филиала или рекомендация, датированная позже письма, — предупреждение.',
      en: 'A leading school is set up on a CPM letter naming the schools, which is the basis of an order of the regional education authority (2.2), and the CPM sets that list from the branches\' recommendations (2.3): letter and order are recorded, the order is dated on or after the letter and issued by the education department of the network\'s region; a missing branch recommendation, or one dated after the letter, is a warning.',
    },
    details: {
      kk:
        'Әр желінің `basis.branch_recommendation`, `basis.cpm_letter` және `basis.regional_order` өрістері оқылады. ' +
        'Қателер (2.2: «…ПШО хаты, облыстық білім беру жергілікті орындаушы органдарының бұйрығының негізі ретінде…»): хат немесе бұйрық жоқ (нәтиже `basis` өрісіне, ал `basis` мүлде болмаса — желінің өзіне қойылады); бұйрық хаттан бұрынғы күнмен жазылған (бір күнмен жазылса — дұрыс); бұйрықты шығарған ұйым (`issuer`) желінің өз өңіріндегі түрі `education-department` ұйым емес. ' +
        'Ескертулер (деректің жетіспеуі немесе 2.3: «Аймақтардағы білім беру ұйымдарының тізімін филиалдардың ұсынымының негізінде ПШО анықтайды»): филиал ұсынымы жоқ; ұсыным хаттан кейінгі күнмен жазылған (бір күнмен жазылса — дұрыс); бұйрықта `issuer` көрсетілмеген; күні жоқ хат, бұйрық немесе ұсыным да хабарланады (хат пен бұйрық — қате ретінде, себебі 2.2-тармақ олардың ретін белгілейді; ұсыным — ескерту ретінде). ' +
        'Ешбір ұйымды атамайтын `issuer` id-ін `data/unknown-reference` ережесі хабарлайды. Бұйрықты шығарған органды және 2.3-тармақты тексеру каталог v2-де қосылды.',
      ru:
        'Читаются поля `basis.branch_recommendation`, `basis.cpm_letter` и `basis.regional_order` каждой сети. ' +
        'Ошибки (пункт 2.2: «…ПШО хаты, облыстық білім беру жергілікті орындаушы органдарының бұйрығының негізі ретінде…» — письмо ЦПМ как основание приказа областного местного исполнительного органа образования): нет письма или приказа (замечание относится к полю `basis`, а если `basis` нет — к самой сети); приказ датирован раньше письма (в тот же день — допустимо); приказ издан (`issuer`) не организацией типа `education-department` из региона самой сети. ' +
        'Предупреждения (недостаток данных или пункт 2.3: «Аймақтардағы білім беру ұйымдарының тізімін филиалдардың ұсынымының негізінде ПШО анықтайды» — перечень организаций образования в регионах ЦПМ определяет на основе рекомендаций филиалов): нет рекомендации филиала; рекомендация датирована позже письма (в тот же день — допустимо); у приказа не указан `issuer`; письмо, приказ или рекомендация без даты тоже отмечаются (письмо и приказ — как ошибки, поскольку пункт 2.2 устанавливает их порядок; рекомендация — как предупреждение). ' +
        'О id в `issuer`, не соответствующем ни одной организации, сообщает правило `data/unknown-reference`. Проверки органа, издавшего приказ, и пункта 2.3 добавлены в каталоге v2.',
      en:
        'Reads `basis.branch_recommendation`, `basis.cpm_letter` and `basis.regional_order` of each network. ' +
        'Errors (2.2: «…ПШО хаты, облыстық білім беру жергілікті орындаушы органдарының бұйрығының негізі ретінде…»): a missing letter or order (reported at `basis`, or at the network when it has no `basis`); an order dated before the letter (the same day passes); an order whose `issuer` is not an organization of type education-department in the network\'s own region. ' +
        'Warnings (missing data or 2.3, «Аймақтардағы білім беру ұйымдарының тізімін филиалдардың ұсынымының негізінде ПШО анықтайды»): no branch recommendation; a recommendation dated after the letter (the same day passes); an order with no `issuer`; a letter, order or recommendation with no date is reported too (letter and order as errors, since 2.2 orders them; the recommendation as a warning). ' +
        'An issuer id that names no organization is left to data/unknown-reference. Catalog v2 added the issuer and 2.3 checks.',
    },
    examples: {
      pass: 'networks:\n  - id: net-1\n    region: kostanay\n    leading: sch-05\n    basis:\n      branch_recommendation: { number: "01-12/87", date: 2025-06-20, issuer: cpm-kost }\n      cpm_letter: { number: "12-04/311", date: 2025-08-15 }\n      regional_order: { number: "452", date: 2025-08-28, issuer: kost-uo }\n',
      fail: 'networks:\n  - id: net-1\n    region: kostanay\n    leading: sch-05\n    basis:\n      branch_recommendation: { number: "01-12/87", date: 2025-06-20, issuer: cpm-kost }\n      cpm_letter: { number: "12-04/311", date: 2025-08-15 }\n      regional_order: { number: "452", date: 2025-08-14, issuer: kost-uo }   # before the letter\n',
    },
  },
  check(ctx) {
    for (const n of ctx.view.networks) {
      const rec = n.basis?.branch_recommendation;
      const letter = n.basis?.cpm_letter;
      const order = n.basis?.regional_order;
      const basisPath = n.basis ? ['basis'] : [];
      if (!letter) ctx.report({ messageId: 'noLetter', subject: n.id, at: n, path: basisPath, data: { network: n.id }, clause: '2.2' });
      if (!order) ctx.report({ messageId: 'noOrder', subject: n.id, at: n, path: basisPath, data: { network: n.id }, clause: '2.2' });
      if (!rec) ctx.report({ messageId: 'noRecommendation', subject: n.id, at: n, path: basisPath, data: { network: n.id }, clause: '2.3' });
      if (letter && !letter.date) ctx.report({ messageId: 'undated', subject: n.id, at: n, path: ['basis', 'cpm_letter'], data: { network: n.id, document: DOC.letter }, clause: '2.2' });
      if (order && !order.date) ctx.report({ messageId: 'undated', subject: n.id, at: n, path: ['basis', 'regional_order'], data: { network: n.id, document: DOC.order }, clause: '2.2' });
      if (rec && !rec.date) ctx.report({ messageId: 'undatedRecommendation', subject: n.id, at: n, path: ['basis', 'branch_recommendation'], data: { network: n.id }, clause: '2.3' });
      if (letter?.date && order?.date && order.date < letter.date) {
        ctx.report({
          messageId: 'orderBeforeLetter',
          subject: n.id,
          at: n,
          path: ['basis', 'regional_order', 'date'],
          data: { network: n.id, orderDate: order.date, letterDate: letter.date },
          related: [{ at: n, path: ['basis', 'cpm_letter', 'date'], note: `cpm_letter: ${letter.date}` }],
          clause: '2.2',
        });
      }
      if (rec?.date && letter?.date && rec.date > letter.date) {
        ctx.report({
          messageId: 'recommendationAfterLetter',
          subject: n.id,
          at: n,
          path: ['basis', 'branch_recommendation', 'date'],
          data: { network: n.id, recommendationDate: rec.date, letterDate: letter.date },
          related: [{ at: n, path: ['basis', 'cpm_letter', 'date'], note: `cpm_letter: ${letter.date}` }],
          clause: '2.3',
        });
      }
      if (order && !order.issuer) {
        ctx.report({ messageId: 'noIssuer', subject: n.id, at: n, path: ['basis', 'regional_order'], data: { network: n.id }, clause: '2.2' });
      } else if (order?.issuer) {
        const issuer = ctx.data.org(order.issuer);
        if (issuer && (issuer.type !== 'education-department' || issuer.region !== n.region)) {
          ctx.report({
            messageId: 'wrongIssuer',
            subject: n.id,
            at: n,
            path: ['basis', 'regional_order', 'issuer'],
            data: { network: n.id, issuer: orgName(ctx.data, issuer.id), type: issuer.type, region: regionName(n.region), issuerRegion: regionName(issuer.region) },
            related: [{ at: issuer, path: issuer.type !== 'education-department' ? ['type'] : ['region'], note: `${issuer.id}: ${issuer.type}, ${issuer.region}` }],
            clause: '2.2',
          });
        }
      }
    }
  },
});
