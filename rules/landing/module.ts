/**
 * landing/* — karaganda-2024-methodological-landing (docs/regulations/): the regulation on the
 * regional methodological landing (әдістемелік десант) of the Karaganda region
 * educational-methodological centre, approved 19.03.2024.
 *
 * The view holds the landings the regulation governs: organizer in the module's regions,
 * starting on or after its date, not cancelled.
 */
import { defineModule } from '../../src/engine/rule.js';
import type { LandingView } from './_view.js';

export default defineModule<LandingView>({
  name: 'landing',
  regulation: 'karaganda-2024-methodological-landing',
  title: {
    kk: 'Облыстық әдістемелік десанттың қызметі туралы ереже (Қарағанды облысы, 2024)',
    ru: 'Положение о деятельности областного методического десанта (Карагандинская область, 2024)',
    en: 'Regulation on the regional methodological landing (Karaganda region, 2024)',
  },
  // The official name documents cite (render): kk and ru, nominative and genitive.
  cite: {
    kk: 'Облыстық әдістемелік десанттың қызметі туралы ереже',
    kk_of: 'Облыстық әдістемелік десанттың қызметі туралы ереженің',
    ru: 'Положение о деятельности областного методического десанта',
    ru_of: 'Положения о деятельности областного методического десанта',
    ru_short_of: 'Положения',
  },
  source: 'docs/regulations/karaganda-2024-methodological-landing.kk.txt',
  regions: ['karaganda'],
  from: '2024-03-19',
  fromNote: {
    kk: 'Оқу-әдістемелік орталықтың басшысы Б. Абдикерова «19» 03 2024 жыл бекіткен; Қарағанды облысы білім басқармасының басшысымен «15» 03 2024 жыл келісілген; орталықтың әдістемелік кеңесінің 2024 жылғы 19 наурыздағы отырысында қаралып, мақұлданған, № 2 хаттама. Бекітілген күнінен бастап қолданылады: 2024 жылғы 19 наурызға дейін басталған десанттар тексерілмейді.',
    ru: 'Утверждено руководителем учебно-методического центра Б. Абдикеровой «19» 03 2024 г. по согласованию с руководителем управления образования Карагандинской области от «15» 03 2024 г.; рассмотрено и одобрено на заседании методического совета центра 19 марта 2024 г., протокол № 2. Действует со дня утверждения: десанты, начавшиеся до 19.03.2024, не проверяются.',
    en: 'Approved «19» 03 2024 by the head of the centre (B. Abdikerova) after agreement «15» 03 2024 with the head of the Karaganda region education department; reviewed and endorsed by the centre\'s methodological council on 19 March 2024, minutes No. 2. In force from the day of approval: landings starting before 2024-03-19 are not checked.',
  },
  clauses: {
    '1.3': {
      kk: '1.3. Әдістемелік десанттың бастамашылары мынадай субъектілер бола алады:\n- Қарағанды облысында білім беруді дамыту оқу-әдістемелік орталығының басшысы;\n- білім беру үйимдарының басшылары;\n- кәсіби педагогикалық қауымдастықтардың (қауымдастықтардың, облыстық әдістемелік бірлестіктердің) басшылары.',
      en: "A landing may be started by the head of the centre, by the head of an education organisation, or by the head of a professional teachers' community (an association, a regional methodological association).",
    },
    '1.4': {
      kk: '1.4. Әдістемелік десантқа қатысуышылар: оқу-әдістемелік орталықтың басшысы, басшының орынбасарлары, бөлім басшылары, әдіскерлері.',
      en: "Its members come from the centre: the head, the deputy heads, heads of departments and methodologists.",
    },
    '1.5': {
      kk: '1.5. Білім беру үйимдарының қызметіне мониторинг, диагностика және талдау жүргізу кезінде әдістемелік десант уақыт кезеңін - 3 жылды қамтиды.',
      en: "Its monitoring, diagnostics and analysis look back over three years.",
    },
    '1.6': {
      kk: '1.6. Әдістемелік десанттың нәтижелері бойынша ұсыныстар беріледі.',
      en: "When the landing ends, recommendations are given on what it found.",
    },
    '3.1': {
      kk: '3.1. Әдістемелік десант – бұл басшыларды, педагогтерді, білім беру ұйымдарын олардың кәсіби құзыреттілігін жетілдіру бойынша әдістемелік қолдаудың мынадай нысандарда жүзеге асырылатын тиімді практикасы:\n1. консультациялық: білім беру ұйымдары басшылары мен педагогтерінің кәсіби қындықтары мәселелері бойынша жеке және топтық консультациялар;\n2. диагностикалық:\n…\n3. әдістемелік:\n…\n4. Ұйымдастырушылық-педагогикалық:\n…',
      en: "It works in one of these forms: consultative, diagnostic, methodological, or organisational and pedagogical.",
    },
    '3.2': {
      kk: '3.2. Әдістемелік десант оку-тәрбие үдерісін бақылауға және жақсартуға байланысты басқару міндеттерін іске асыру кезінде білім беру ұйымдарына әдістемелік қолдау көрсетуге арналған.\nӘдістемелік сүйемелдеу нысандары 6 бағыт болып табылады:\n- 1) Заңнаманың талаптарына сәйкес нормативтік құжаттардың орындалуын және құжаттаманың жүргізілуін бақылау;\n- 2) Оку үдерісінің сапасын бақылау;\n- 3) Білімдегі олқылықтардың орнын толтыру бойынша жұмысты және үлгерімі төмен адамдармен жұмысты бақылау;\n- 4) Оку-зерттеу қызметі;\n- 5) Мұғалімнің шеберлік деңгейі мен әдістемелік даярлығының жай-күйін бақылау;\n- 6) Тәрбие үдерісін бақылау, іс-шаралар өткізу.',
      en: "It looks at six areas: (1) regulatory documents and record-keeping; (2) how well teaching is done; (3) filling gaps in knowledge and work with pupils who fall behind; (4) research work; (5) teachers' skill and methodological preparation; (6) upbringing (тәрбие) and events.",
    },
    '4.2.4': {
      kk: '4.2. Әдістемелік десант мүшелері:\n…\n- 4) әдістемелік десантты жүзеге асыру кезеңінде білім беру ұйымдарының белгіленген жұмыс режиміне кедергі келтірмеуге;\n…\nміндетті.',
      en: 'Members must not disrupt the established working regime of the education organisation while the landing is carried out.',
    },
    '4.2.7': {
      kk: '4.2. Әдістемелік десант мүшелері:\n…\n- 7) әдістемелік десанттың қорытындылары туралы ұсынымдармен және нәтижелерді талдаумен анықтама беруге міндettі.',
      en: "Its members are bound to hand over a reference (анықтама) that analyses the results and makes recommendations.",
    },
    '4.3': {
      kk: '4.3. Әдістемелік десант мүшелеріне тексеру нысанасына жатпайтын талаптар қоюға және өтініштер жасауға тыйым салынады.',
      en: "Its members may not ask for anything that lies outside what is being examined.",
    },
    '4.4.2': {
      kk: '4.4. Әдістемелік десантты жүзеге асыру кезеңінде білім беру ұйымдарының құқығы бар:\n…\n- 2) егер олар әдістемелік десанттың нысанасына жатпаса немесе осы Ережеде көрсетілген кезеңге жатпаса, мәліметтер бермеуге;',
      en: "The school may decline to give information that lies outside the subject examined or outside the period this regulation sets.",
    },
    '5.1': {
      kk: '5.1. Әдістемелік десант оқу-әдістемелік орталық басшысының орынбасарларынан, бөлім басшыларынан, әдіскерлерінен қуралады.',
      en: "The landing is staffed by the deputies of the centre's head, heads of departments and methodologists (taken together with 1.4: the head, the deputy heads, heads of departments and methodologists).",
    },
    '5.2': {
      kk: '5.2. Әдістемелік десанттың құрамы білім беру ұйымының сұранысы негізінде айқындалады және оқу-әдістемелік орталық басшысының бүйрығымен бекітіледі.',
      en: "Who goes on a landing is decided on the request of the education organisation, and the centre's head confirms it by an order.",
    },
    '5.3': {
      kk: '5.3. Әдістемелік десанттың жұмысы оқу жылына арналған оқу-әдістемелік орталықтың басшысы бекітken кестеге сәйкес жүзеге асырылады.',
      en: "Landings are carried out according to the school-year schedule that the centre's head approves.",
    },
  },
  notes: [
    {
      kk: 'Түпнұсқа мәтінде сканерден тану қателері және латын мен кирилл әріптерінің араласуы кездеседі (`мұddeлерін`, `міндettі`, `бекітken`, «үйимдарының», «бүйрығымен», «қуралады»); тармақтардың мәтіні жарияланған күйінде сөзбе-сөз келтірілген.',
      ru: 'В исходном тексте есть ошибки распознавания и смешение латинских и кириллических букв (`мұddeлерін`, `міндettі`, `бекітken`, «үйимдарының», «бүйрығымен», «қуралады»); тексты пунктов приводятся в точности так, как они опубликованы.',
      en: 'The original text has OCR slips and mixed Latin/Cyrillic letters ("мұddeлерін", "міндettі", "бекітken", "үйимдарының", "бүйрығымен", "қуралады"); clause texts are quoted exactly as published.',
    },
    {
      kk: '4.2.7-тармақ — 4.2-тармақтағы тізбенің 7) тармақшасы, ал 4.4.2 — 4.4-тармақтағы тізбенің 2) тармақшасы («…» белгісі келтірілмеген тармақшалардың орнын білдіреді).',
      ru: 'Пункт 4.2.7 — это подпункт 7) перечня в п. 4.2, а 4.4.2 — подпункт 2) перечня в п. 4.4 («…» обозначает опущенные подпункты).',
      en: 'Clause 4.2.7 is item 7) of the list in 4.2, and 4.4.2 item 2) of the list in 4.4 ("…" marks the items left out).',
    },
    {
      kk: '1.4-тармақ десантқа қатысушылардың қатарында орталық басшысын да атайды, ал 5.1-тармақ тек басшының орынбасарларын, бөлім басшылары мен әдіскерлерді атайды; `ereje` кеңірек тізбені, яғни 1.4-тармақты басшылыққа алады, сондықтан десантқа орталық басшысының қатысуы бұзушылық болып саналмайды.',
      ru: 'Пункт 1.4 называет среди участников десанта и руководителя центра, а п. 5.1 — только заместителей руководителя, руководителей отделов и методистов; `ereje` следует п. 1.4 (более широкому перечню), поэтому участие руководителя центра в десанте нарушением не считается.',
      en: '1.4 names the centre\'s head among the members, 5.1 only the deputies, heads of departments and methodologists; ereje follows 1.4 (the wider list), so a director who goes with the landing is not a finding.',
    },
    {
      kk: 'Тексерілетіні: ұйымдастырушысы облыстық орталық болып табылатын (`center` түрі: Ереже облыстық оқу-әдістемелік орталыққа міндет жүктейді, өз топтарын жіберетін аудандық әдістемелік кабинеттерге немесе мектептерге емес), модуль өңірлерінде өтетін және модуль күшіне енген күні немесе одан кейін басталатын десанттар; күші жойылған десанттар тексерілмейді.',
      ru: 'Проверяются десанты, организатор которых — областной центр (тип `center`: Положение обязывает областной учебно-методический центр, а не районные методические кабинеты или школы, направляющие собственные группы), проходящие в регионах модуля и начинающиеся в день вступления модуля в силу или позже; отменённые десанты пропускаются.',
      en: 'Checked: landings whose organizer is a regional centre (type `center`: the regulation binds the oblast educational-methodological centre, not district cabinets or schools sending their own teams) in the module\'s regions, starting on or after the module\'s date; cancelled landings are skipped.',
    },
  ],
  view(data, scope) {
    const landings = data.landings.filter((l) => l.status !== 'cancelled' && scope.covers(l.organizer, l.dates.from) && data.org(l.organizer)?.type === 'center');
    return { landings };
  },
  count: (view) => view.landings.length,
});
