/**
 * support-center/* — the Regulation on the methodological support centre of the Kostanay region
 * education department (docs/regulations/kostanay-methodological-support-center.kk-ru.txt).
 * Kostanay region; the text carries no date.
 *
 * The regulation has a Kazakh and a Russian text, and they differ (see `notes`): every clause
 * carries both, copied exactly (clause numbers included, as printed).
 */
import { defineModule } from '../../src/engine/rule.js';
import { supportCenterView, type SupportCenterView } from './_view.js';

export default defineModule<SupportCenterView>({
  name: 'support-center',
  regulation: 'kostanay-methodological-support-center',
  title: {
    kk: 'Әдістемелік сүйемелдеу орталығы туралы Ереже («Қостанай облысы әкімдігінің білім басқармасы» ММ)',
    ru: 'Положение о Методическом кабинете дошкольного и общего среднего образования ГУ «Управление образования акимата Костанайской области»',
    en: 'Regulation on the methodological support centre of the Kostanay region education department',
  },
  source: 'docs/regulations/kostanay-methodological-support-center.kk-ru.txt',
  regions: ['kostanay'],
  from: null,
  clauses: {
    '1.7.2': {
      kk: "1.7. Білім басқармасы басшысының Әдістемелік сүйемелдеу орталығына қатысты өкілеттігі:\n1.7.2.Әдістемелік сүйемелдеу орталығын  басшысын тағайындау, жұмысқа қабылдау және жұмыстан босату, оған көтермелеу түрлерін белгілеу, қолданыстағы заңнамаға сәйкес жауапкершілікке тарту;",
      ru: "1.7.Полномочия руководителя Управления образования в отношении Методического кабинета дошкольного и общего среднего образования:\n1.7.2.назначение, прием на работу и увольнение руководителя Методического кабинета дошкольного и общего среднего образования, установление ему форм поощрения, привлечение к ответственности в соответствии с действующим законодательством;",
      en: "Among the education department head's powers over the centre (1.7.2): to appoint, hire and dismiss the head of the centre, to decide the head's rewards, and to hold the head to account as the law provides.",
    },
    '2.2.7': {
      kk: "2.2.7педагогикалық кадрлардың біліктілігін арттыру үшін тізімдерді;",
      ru: "2.2.7 формирование списков для повышения квалификации педагогов;",
      en: "One of the centre's tasks is to draw up the lists of teachers who are to improve their qualification.",
    },
    '6.1': {
      kk: "6.1. Әдістемелік сүйемелдеу орталығы қызметкерлерінің құқылы:\n- білім басқармасының қаражаты есебінен кәсіби біліктілігін арттыру;\n- тиісті біліктілік санатына аттестациядан өту;\n- Әдістемелік сүйемелдеу орталығы міндеттерін орындаумен байланысты ақпаратқа еркін қол жеткізуді пайдалану;\n- материалдарды (әдістемелік әзірлемелер, жобалар, дипломдық жұмыстар және т. б.) рецензиялауға қатысу;);\n- марапаттаудың әр түрлі формаларына ұсынуға.",
      ru: "6.1.Сотрудники Методического кабинета дошкольного и общего среднего образования имеют право:\n-повышать профессиональную квалификацию за счёт средств Управления образования;\n-проходить аттестацию на соответствующую квалификационную категорию;\n-использовать свободный доступ к информации, связанной с выполнением задач Методического кабинета дошкольного и общего среднего образования;\n-участвовать в экспертизе предоставленных материалов (методические разработки, проекты, авторские работы и др.);\n-на представление к различным формам поощрения.",
      en: "The centre's staff have the right to improve their qualification paid for by the education department, to take the attestation for a qualification category, to use information freely, to take part in reviewing materials, and to be nominated for awards.",
    },
    '8.1': {
      kk: "8.1. Әдістемелік сүйемелдеу орталығы білім басқармасының басшысы тағайындаған басшы басқарады.",
      ru: "8.1.Возглавляет Методический кабинет дошкольного и общего среднего образования руководитель, назначаемый руководителем Управления образования.",
      en: "The centre is run by a head whom the head of the education department appoints.",
    },
    '8.2': {
      kk: "8.2. Әдістемелік сүйемелдеу орталығының басшысы білім басқармасы басшысының орынбасарына бағынады.",
      ru: "8.2.Руководитель Методического кабинета дошкольного и общего среднего образования подчиняется руководителю Управления образования и его заместителям.",
      en: "The Kazakh text puts the head of the centre under the deputy head of the education department; the Russian text puts the head under the head of the department and the deputies.",
    },
    '8.3': {
      kk: "8.3. Әдістемелік сүйемелдеу орталығының басшысы Әдістемелік сүйемелдеу орталығы қызметіне басшылық жасайды және оның жұмысына жауапты болады, Әдістемелік сүйемелдеу орталығы қызметін регламенттейтін жергілікті актілерді әзірлейді, құрылымды қалыптастыруға қатысады, қызметкерлердің кәсіби өсуіне, кемінде 5 жылда бір рет олардың біліктілігін арттыру үшін жағдай жасайды.",
      ru: "8.3.Руководитель Методического кабинета дошкольного и общего среднего образования осуществляет руководство деятельности методического кабинета и несет ответственность за его работу, разрабатывает локальные акты, регламентирующие его деятельность, принимает участие в формировании структуры, создает условия для профессионального роста работников, повышения их квалификации не реже одного раза в 5 лет.",
      en: "The head runs the centre and is answerable for its work, prepares its internal acts, helps shape its structure, and sees that staff can grow professionally and improve their qualification no less than once in five years.",
    },
  },
  notes: [
    'The regulation has two texts that differ. 8.2: in Kazakh the head of the centre is subordinate to the deputy head of the education department («білім басқармасы басшысының орынбасарына бағынады»); in Russian to the head of the department and his deputies («подчиняется руководителю Управления образования и его заместителям»). Both texts are shown; neither is checked by a rule.',
    'The titles differ: the Kazakh text regulates the «Әдістемелік сүйемелдеу орталығы» (methodological support centre); the Russian one the «Методический кабинет дошкольного и общего среднего образования» (methodological cabinet of preschool and general secondary education) — the Russian text also names preschool education in 1.2 and 1.5, the Kazakh one does not.',
    'Smaller differences: Kazakh 2.2.7 lacks its verb («…біліктілігін арттыру үшін тізімдерді;» — Russian «формирование списков…»); Russian 2.2.2 adds the cabinet\'s own staff to those whose qualification is improved; section headings are misnumbered in both (Kazakh «4.» over section 8; Russian «5.»–«8.» over sections 4–7).',
    'The 5-year cycle of 8.3 reads the same in both texts: «кемінде 5 жылда бір рет» / «не реже одного раза в 5 лет».',
  ],
  view: supportCenterView,
  // Organizations and the centres' active staff (the default scope; `scope: all` checks more).
  count: (view) => view.orgs.length + view.centerStaff.length,
});
