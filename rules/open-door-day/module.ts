/**
 * open-door-day/* — turkistan-2023-open-door-day (docs/regulations/): the rules for holding the
 * methodological open door day of the Education Development Centre (Білім беруді дамыту
 * орталығы) of the Turkistan region department for human-potential development.
 *
 * The view holds the open door days the regulation governs (organizer in the module's regions,
 * dated on or after its date, not cancelled), the centres of those regions (clause 1.5 puts
 * each under a quarterly duty) and the requests for those events.
 */
import { defineModule } from '../../src/engine/rule.js';
import { buildView, type OddView } from './_view.js';

export default defineModule<OddView>({
  name: 'open-door-day',
  regulation: 'turkistan-2023-open-door-day',
  title: {
    kk: 'Әдістемелік ашық есік күнін өткізу ережесі (Түркістан облысы, 2023)',
    ru: 'Правила проведения методического дня открытых дверей (Туркестанская область, 2023)',
    en: 'Rules for holding the methodological open door day (Turkistan region, 2023)',
  },
  // The official name documents cite (render): kk and ru, nominative and genitive.
  cite: {
    kk: 'Әдістемелік ашық есік күнін өткізу ережесі',
    kk_of: 'Әдістемелік ашық есік күнін өткізу ережесінің',
    ru: 'Правила проведения методического дня открытых дверей',
    ru_of: 'Правил проведения методического дня открытых дверей',
    ru_short_of: 'Правил',
  },
  source: 'docs/regulations/turkistan-2023-open-door-day.kk.txt',
  regions: ['turkistan'],
  from: '2023-01-14',
  fromNote: {
    kk: 'Ереже «Білім беруді дамыту орталығы» КММ әдістемелік кеңесімен бекітуге ұсынылған (2023 жылғы № 3 хаттама) және орталық директоры Б. Төлімбет 2023 жылғы «14» _____ бекіткен: түпнұсқада ай көрсетілмеген, сондықтан бекіту күні 2023 жылғы 14 қаңтардан ерте болуы мүмкін емес. Модуль 14.01.2023 бастап қолданылады; бұдан бұрын өткен ашық есік күндері тексерілмейді. Нақты күн белгілі болғанда, оны баптауларда көрсетуге болады (`modules: open-door-day: from: …`).',
    ru: 'Правила рекомендованы к утверждению методическим советом КГУ «Центр развития образования» (протокол № 3, 2023 год) и утверждены его директором Б. Толимбет «14» _____ 2023 г.: месяц в оригинале не заполнен, поэтому утверждение не могло состояться раньше 14 января 2023 года. Модуль применяется с 14.01.2023; дни открытых дверей с более ранней датой не проверяются. Когда точная дата станет известна, её можно указать в настройках (`modules: open-door-day: from: …`).',
    en: 'Recommended for approval by the methodological council of the Education Development Centre (minutes No. 3, 2023) and approved by its director B. Tolimbet on «14» _____ 2023: the month is blank in the original, so the 14th of January 2023 is the earliest day the approval can have been. The module applies from 2023-01-14; open door days dated before it are not checked. Settings may give the exact date (modules: open-door-day: from: …) once it is known.',
  },
  clauses: {
    '1.4': {
      kk: "1.4. Ашық есік күнінің үйлестірушісі болып Түркістан облысы адами әлеуетті дамыту басқармасының «Білім беруді дамыту орталығы» КММ болып табылады.",
      en: "The coordinator of the open door day is the Education Development Centre (КММ) of the Turkistan region department for human-potential development.",
    },
    '1.5': {
      kk: "1.5. Ашық есік күні білім беруді дамыту орталығының жұмыс жоспарында бекітілген кестеге сәйкес тоқсанына кемінде бір рет өткізіледі.",
      en: "The centre holds an open door day no less often than once in each quarter, on the dates its approved work plan schedules.",
    },
    '1.6': {
      kk: "1.6. Ашық есік күнін өткізу білім беруді дамыту орталық директорының оны ұйымдастыру мен өткізу тәртібін айқындайтын бұйрығымен реттеледі.",
      en: "An order of the centre's director governs each open door day, setting out how it is prepared and run.",
    },
    '1.7': {
      kk: "1.7. Ашық есік күніне тікелей басшылықты білім беруді дамыту орталығының директоры жүзеге асырады.",
      en: "The centre's director is in charge of the day in person.",
    },
    '3.1': {
      kk: "3.1. Ашық есік күні өңірдің аудандық/қалалық адами әлеуетті дамыту бөлімдерінің әдістемелік кабинеттерімен бірыңғай күнде өткізіледі.",
      en: "The centre and the region's district and city methodological cabinets all hold the day on the same date.",
    },
    '3.2': {
      kk: "3.2. Ашық есік күнін өткізу білім беруді дамыту орталығының барлық қызметкерлерінің қатысуын көздейді.",
      en: "Every member of the centre's staff takes part in the day.",
    },
    '3.3': {
      kk: "3.3. Ашық есік күнін өткізуде қатысушыларды көптеп тарту үшін орталыққа ыңғайлы кез-келген формада іс-шараны жарнамалау (БАҚ, орталықтың жеке сайты, виртуалды әдістемелік кабинет, орталықтың әлеуметтік желілердегі парақшалары т.б.) ұйымдастырылады.",
      en: "To bring in as many participants as possible, the centre announces the event in whatever way suits it — press and media, its own website, its virtual methodological cabinet, its social-media pages and the like.",
    },
    '3.4': {
      kk: "3.4. Ашық есік күнін өткізудің мазмұны облыстың білім беру ұйымдары педагогтерінің, аудандық/қалалық адами әлеуетті дамыту бөлімдерінің алдын-ала өтінімдері бойынша немесе білім беруді дамыту орталығының ағымдағы жылға арналған жұмыс жоспары мен жүктелген міндеттерді шешу қажеттілігіне қарай анықталады.",
      en: "What the day covers is decided either from requests sent in beforehand by the region's teachers and district/city departments, or from the centre's work plan for the year and the tasks it has been given.",
    },
    '3.4.1': {
      kk: "3.4.1 Алдын-ала өтінімдер бойынша өткізілетін Ашық есік күнінің өтінімдері іс-шараны өткізілгенге дейін 14 күннен кешіктірілмейтін мерзімде жеке педагогтердің, ата-аналардың немесе аудандық/қалалық адами әлеуетті дамыту бөлімдерінің атынан ұсыну арқылы жүзеге асырылады.",
      en: "When the day is held on requests, each request is handed in at least 14 days ahead of the event, in the name of an individual teacher, a parent, or a district/city department.",
    },
    '3.4.2': {
      kk: "3.4.2 Білім беруді дамыту орталығының ағымдағы жылға арналған жұмыс жоспары мен жүктелген міндеттерді шешу қажеттілігіне қарай өткізілетін Ашық есік күні іс-шараның барлық қатысушылары мен қонақтарына танысу үшін рәсімделетін және ұсынылатын жұмыс жоспарына сәйкес жүзеге асырылады.",
      en: "When the day follows the centre's work plan, it runs to a programme that is prepared and given to every participant and guest to read.",
    },
    '3.4.3': {
      kk: "3.4.3 Ашық есік күні білім беруді дамыту орталығының жұмыс жоспарында бекітілген кезеңде өткізіледі.",
      en: "The day falls within the period that the centre's work plan approves for it.",
    },
    '3.5': {
      kk: "3.5. Ашық есік күнін өткізудегі негізгі шаралар:\n- 3.5.1. кестеге сәйкес оқу сабақтары;\n- 3.5.2. тәрбиелік сипаттағы іс-шаралар;\n- 3.5.3. инновациялық жобалардың, жұмыстардың көрсетілімдері;\n- 3.5.4. «ашық микрофон»;\n- 3.5.5. телекөпір;\n- 3.5.6. өзекті мәселе бойынша ашық пікірталасты талап ететін «дөңгелек үстел»;\n3.5.7. жеке кеңестер;\n3.5.8. оқу-әдістемелік кешендердің көрмесі т.б.",
      en: "The day's main parts are: timetabled lessons; educational (upbringing) events; presentations of innovative projects and work; an \"open microphone\"; a video link (телекөпір); a round table for open debate of a pressing question; one-to-one consultations; a display of teaching and methodological kits; and others.",
    },
    '3.6': {
      kk: "3.6. Ашық есік күнінің спикерлері ретінде білім беруді дамыту орталығының әдіскерлері, тәжірибелі педагогтер (келісім бойынша), ЖОО оқытушылары (келісім бойынша), білім беру ұйымдарының басшылары (келісім бойынша), біліктілікті арттыру ұйымдарының өкілдері (келісім бойынша), әлеуметтік серіктестер (келісім бойынша) және басқа да мүдделі тұлғалар (келісім бойынша) бола алады.",
      en: "Those who may speak are the centre's methodologists and, where they agree to it (келісім бойынша), experienced teachers, university teachers, heads of education organisations, people from qualification-improvement organisations, social partners and anyone else concerned.",
    },
    '3.7': {
      kk: "3.7. Ашық есік күн қорытындысы бойынша ұсыныстар әзірленіп, өңірдің аудандық/қалалық адами әлеуетті дамыту бөлімдерінің әдістемелік кабинеттердің назарына жеткізіледі.",
      en: "From what the day shows, recommendations are written and passed on to the district and city methodological cabinets.",
    },
    '3.8': {
      kk: "3.8. Ашық есік күні барысында атқарылған жұмыстар туралы қорытынды мекеме директорының жаңындағы кеңесте талқыланады.",
      en: "A summary of the work done on the day is discussed at the council held by the director.",
    },
    '4.1': {
      kk: "4.1. Білім беруді дамыту орталығының қызметкерлері үшін: білім беруді дамыту орталығының Жарғысын, мекеменің ішкі тәртіп Ережесі мен өзіне жүктелген лауазымдық міндеттерін орындайды.",
      en: "(Duties of speakers) For the centre's staff: they follow the centre's charter, its internal rules and the duties of their post.",
    },
    '6.2': {
      kk: "6.2. Білім беруді дамыту орталығының жауапты маманынан тіркеуден өту.",
      en: "Those who come sign up with the specialist responsible for registration.",
    },
  },
  notes: [
    {
      kk: 'Ереженің тек қазақша мәтіні бар; ағылшынша жолдар — ресми емес жұмыс аудармасы (түпнұсқа мәтін шешуші).',
      ru: 'Правила существуют только на казахском языке; строки на английском — неофициальный рабочий перевод (преимущество имеет оригинал).',
      en: 'Only the Kazakh text exists; the English lines are an unofficial working translation (the original wins).',
    },
    {
      kk: 'Тармақтардың мәтіні түпнұсқадағы қателерімен қоса келтірілген: 1.6-тармақта «орталық директорының» («орталығы директорының» орнына), 3.8-тармақта «жаңындағы» («жанындағы» орнына).',
      ru: 'Тексты пунктов приведены с описками оригинала: п. 1.6 «орталық директорының» (вместо «орталығы директорының»), п. 3.8 «жаңындағы» (вместо «жанындағы» — «при»).',
      en: 'The clause texts keep the original\'s slips: 1.6 «орталық директорының» (for «орталығы директорының»), 3.8 «жаңындағы» (for «жанындағы», "under").',
    },
  ],
  view: buildView,
  count: (v) => v.events.length + v.otherEvents.length + v.centers.length + v.requests.length,
});
