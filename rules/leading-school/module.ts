/**
 * leading-school/* — the CPM rules on leading schools (Жетекші мектеп) and their partner schools
 * in updating the content of secondary education (docs/regulations/cpm-leading-schools.kk.txt).
 * Checked in all of Kazakhstan; the text carries no date and cites 2007–2013 acts, so its status
 * is uncertain (`status`, shown by `rules show`).
 *
 * The original lost its list numbering in the scrape (its sections read '1.', '1.', '2.', '3.',
 * '1.', '1.'); clause numbers here restore it by section and item: 2.1–2.4 the organisational basis, 4 the
 * structure (coordination centre, 1 : 10 ratio, partner schools), 6 the responsible head.
 */
import { defineModule } from '../../src/engine/rule.js';
import { leadingSchoolView, type LeadingSchoolView } from './_view.js';

export default defineModule<LeadingSchoolView>({
  name: 'leading-school',
  regulation: 'cpm-leading-schools',
  title: {
    kk: 'Қазақстан Республикасы Орта білім беру мазмұнын жаңартудағы қолдау мектептері туралы Ереже (ПШО)',
    ru: 'Положение о школах поддержки (ведущих школах) в обновлении содержания среднего образования Республики Казахстан (ЦПМ)',
    en: 'CPM regulation on leading schools in updating the content of secondary education',
  },
  // The official name documents cite (render): kk and ru, nominative and genitive.
  cite: {
    kk: 'Қазақстан Республикасы Орта білім беру мазмұнын жаңартудағы қолдау мектептері туралы Ереже',
    kk_of: 'Қазақстан Республикасы Орта білім беру мазмұнын жаңартудағы қолдау мектептері туралы Ереженің',
    ru: 'Положение о школах поддержки в обновлении содержания среднего образования Республики Казахстан',
    ru_of: 'Положения о школах поддержки в обновлении содержания среднего образования Республики Казахстан',
    ru_short_of: 'Положения',
  },
  source: 'docs/regulations/cpm-leading-schools.kk.txt',
  regions: 'all',
  from: null,
  status: {
    kk: 'белгісіз: мәтінде бекітілген күні мен бекіткен органы жоқ, ол 2007–2013 жылдардағы актілерге сілтеме жасайды (2007 жылғы «Білім беру туралы» Заң, Үкіметтің 2013 жылғы 17 мамырдағы №499 қаулысы, Білім және ғылым министрлігінің 04.01.2013 жылғы №1 бұйрығы); оның бүгін қай өңірде қолданылатыны анықталмаған — нәтижелерге сүйенбес бұрын ПШО-дан немесе өз филиалыңыздан нақтылаңыз',
    ru: 'не определён: в тексте нет ни даты утверждения, ни утвердившего органа, он ссылается на акты 2007–2013 годов (Закон «Об образовании» 2007 года, постановление Правительства № 499 от 17 мая 2013 года, приказ МОН № 1 от 04.01.2013); где он действует сегодня, не установлено — прежде чем опираться на результаты, уточните в ЦПМ или его филиале',
    en: 'uncertain: the text has no date and no approving body, and cites acts of 2007–2013 (the Law on Education of 2007, Government decree No. 499 of 17 May 2013, Ministry of Education and Science order No. 1 of 04.01.2013); where it applies today is not established — check with the CPM or its branch before relying on these findings',
  },
  clauses: {
    definitions: {
      kk: 'Деңгейлік бағдарлама бойынша сертификатталған тренер — Орталық пен Кембридж университетінің Білім беру факультетімен бірлесіп жасаған деңгейлік бағдарламалар бойынша тренерлерді оқыту курсынан өткен және сәйкесінше деңгей бағдарламасы бойынша Кембридж Халықаралық емтихандық кеңесінің сертификатын алған педагогикалық қызметкер;\nЖалпы білім беретін ұйымдардың басшыларының біліктілігін арттыру Бағдарлама бойынша сертификатталған тренер — Орталық пен Кембридж  университетінің Білім беру факультетімен бірлесіп жасаған Қазақстан Республикасы жалпы білім беретін ұйымдардың басшыларының біліктілігін арттыру Бағдарлама бойынша тренерлерді оқыту курсынан өткен және Кембридж Халықаралық емтихандық кеңесінің сертификатын алған педагогикалық қызметкер;',
      en: "A certified trainer (of a level programme, or of the programme for school leaders) is a teacher who has completed the trainer course that the CPM built together with the Faculty of Education of the University of Cambridge, and who holds the matching certificate from Cambridge International Examinations.",
    },
    '2.1': {
      kk: 'Жетекші мектеп құрудың бастамашылары ПШО және оның филиалдары болып табылады;',
      en: "Leading schools are set up on the initiative of the CPM and its branches.",
    },
    '2.2': {
      kk: 'Аймақтарда Жетекші мектеп құрудың негізі білім беру ұйымдары көрсетілген ПШО хаты, облыстық білім беру жергілікті орындаушы органдарының бұйрығының негізі ретінде анықталған болып табылады;',
      en: "In a region, a leading school rests on a letter from the CPM listing the education organisations, on which the regional education authority issues its order.",
    },
    '2.3': {
      kk: 'Аймақтардағы білім беру ұйымдарының тізімін филиалдардың ұсынымының негізінде ПШО анықтайды;',
      en: "The CPM draws up the list of the region's education organisations from what its branches recommend.",
    },
    '2.4': {
      kk: 'Филиалдар штатта сәйкесінше бағдарлама бойынша оқудан өткен педагогикалық қызметкерлері бар мектептерді негізгі білім беру ұйымдары және Жетекші мектеп ретінде бекітуге анықтайды.',
      en: "A branch puts forward as leading schools only schools whose staff include teachers trained in the programme concerned.",
    },
    '4': {
      kk: 'Жетекші Мектептің қызметін жүзеге асыруға арналған келесі ұйымдастырылу құрылымы анықталған:\nПШО аймақтық филиалындағы координациялық орталық, оның құрамына Жетекші Мектеп жұмыстарын тікелей жетекшілік ететін, желі көшбасшылары ретінде филиал тренерлерінің тобы кіреді;\nЖетекші Мектеп – кәсіби желіні ұйымдастырушы және кәсіби желілік қоғамдастық құруда көшбасшылық функцияларын іске асыратын ұжым ретіндегі аймақ мектебінің тобы. Жетекші Мектеп  ішінде- әр түрлі бағытта (бастауыш мектеп, пәндік топтар, проблемалы топтар, зерттеу топтары және жалғ.), бастамаларынан облыстық басқа мектептерімен желілік байланыс туатын бұл топ немесе педагогикалық қызметкерлердің шығармашылық тобының жиынтығы;\nЖетекші Мектеп саны пропорционалды қатынастан 1 Жетекші Мектепке 10 серіктес мектеп болып анықталады;\nСеріктес мектептер – желілік топқа кіретін, біріккен тірек Мектептерден ұйымдасқан аймақ мектептерінің тобы;',
      en: "How the network is built: a coordination centre in the CPM's regional branch, whose trainers lead the networks and oversee the leading school; the leading school, a regional school that organises the professional network; leading and partner schools in the ratio of one leading school to ten partner schools; and the partner schools, the regional schools that make up the network.",
    },
    '6': {
      kk: 'Жетекші мектептің жауапты басшысының функциялары:\nЖетекші мектеп жұмыстарының жеке бағыттарын жасақтауға арналған мұғалімдердің тобын құруға бастама жасайды, Мектеп моделін және жүйесін жасауға белсенді қатысады;\nТоп жұмысына кірігуде мұғалімдерді ынталандырады;\nЖетекші Мектеп жұмысының сұрақтарын алқалылық жоспарлауды және ынтымақтастық талқылауды ұйымдастырады:\nФорумда, жиналыстарда, таныстырылымдарда Жетекші Мектепті көрсетеді.',
      en: "The leading school's responsible head starts teacher groups for its areas of work, encourages the teachers, organises joint planning and discussion, and speaks for the leading school at forums, meetings and presentations.",
    },
  },
  notes: [
    {
      kk: 'Түпнұсқа тек қазақ тілінде және `www.cpm.kz` сайтынан алынған: тізімдердің нөмірленуі жоғалған (мұндағы тармақ нөмірлері оны бөлім мен тармақ бойынша қалпына келтіреді), ал мәтіннің соңында Ережеге жатпайтын веб-беттің жолдары тұр.',
      ru: 'Оригинал существует только на казахском языке и взят с сайта `www.cpm.kz`: нумерация списков в нём утрачена (номера пунктов здесь восстановлены по разделам и подпунктам), а в конце текста стоят строки веб-страницы, не относящиеся к Положению.',
      en: 'The original is Kazakh only and was scraped from www.cpm.kz: its list numbering is lost (clause numbers here restore it by section and item) and it ends with web-page lines, which are not part of the rules.',
    },
    {
      kk: 'Атауында «қолдау мектептері», ал мәтінде «Жетекші мектеп» деп жазылған; екеуі де бір нәрсені атайды.',
      ru: 'В заголовке сказано «қолдау мектептері» (школы поддержки), а в тексте — «Жетекші мектеп» (ведущая школа); оба названия обозначают одно и то же.',
      en: 'The title says «қолдау мектептері» (support schools) while the text says «Жетекші мектеп» (leading school); both name the same thing.',
    },
    {
      kk: 'Желінің орны — оның өз `region` өрісі: модуль өңірі модульдің өңірлерінің біріне жататын желілерді тексереді.',
      ru: 'Место сети — её собственное поле `region`: модуль проверяет сети, регион которых входит в число его регионов.',
      en: "A network's place is its own `region`: the module checks networks whose region is one of its regions.",
    },
    {
      kk: 'Мәртебесі: Ереже өзі негізделген актілерге сілтеме жасайды (2007 жылғы «Білім туралы» Заң, 2011 жылғы «„Назарбаев Университеті“, „Назарбаев Зияткерлік мектептері“ және „Назарбаев Қоры“ мәртебесі туралы» Заң, Үкіметтің 2013 жылғы №499 қаулысы, Министрліктің 2013 жылғы №1 бұйрығы, ПШО-ның 2011 жылғы жарғысы), бірақ онда бекітілген күні де, бекіткен органы да жоқ; `ereje` оны желі жазылған барлық жерде тексереді, ал оның нәтижелері күшінде екені белгілі заң бойынша емес, ПШО-ның өз ережелері бойынша берілетін кеңес болып табылады.',
      ru: 'Статус: Положение ссылается на акты, на которых основано (Закон «Об образовании» 2007 года, Закон 2011 года «О статусе „Назарбаев Университет“, „Назарбаев Интеллектуальные школы“ и „Назарбаев Фонд“», постановление Правительства № 499 2013 года, приказ Министерства № 1 2013 года, устав ЦПМ 2011 года), но не содержит ни даты утверждения, ни утвердившего органа; `ereje` проверяет его везде, где записана сеть, а его замечания — рекомендации по собственным правилам ЦПМ, а не по закону, о котором известно, что он действует.',
      en: 'Status: the regulation cites the acts it rests on (2007 Law on Education, 2011 Law on the status of Nazarbayev University, NIS and Nazarbayev Fund, 2013 Government decree No. 499, 2013 Ministry order No. 1, the CPM charter of 2011) but carries no approval date or body; ereje checks it wherever a network is recorded, and its findings are advice on the CPM\'s own rules rather than on a law known to be in force.',
    },
  ],
  view: leadingSchoolView,
  count: (view) => view.networks.length,
});
