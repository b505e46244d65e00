/**
 * open-door-day/* — turkistan-2023-open-door-day (DIGEST.md part A): the rules for holding the
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
  source: 'regulations/turkistan-2023-open-door-day.kk.txt',
  regions: ['turkistan'],
  from: '2023-01-14',
  fromNote:
    'Recommended for approval by the methodological council of the Education Development Centre (minutes No. 3, 2023) and approved by its director B. Tolimbet on «14» _____ 2023: the month is blank in the original, so the 14th of January 2023 is the earliest day the approval can have been. The module applies from 2023-01-14; open door days dated before it are not checked. Settings may give the exact date (modules: open-door-day: from: …) once it is known.',
  clauses: {
    '1.4': {
      kk: "1.4. Ашық есік күнінің үйлестірушісі болып Түркістан облысы адами әлеуетті дамыту басқармасының «Білім беруді дамыту орталығы» КММ болып табылады.",
      en: "The coordinator of the open door day is the Education Development Centre (КММ) of the Turkistan region department for human-potential development.",
    },
    '1.5': {
      kk: "1.5. Ашық есік күні білім беруді дамыту орталығының жұмыс жоспарында бекітілген кестеге сәйкес тоқсанына кемінде бір рет өткізіледі.",
      en: "Held at least once per quarter (тоқсанына кемінде бір рет), per the schedule approved in the centre's work plan.",
    },
    '1.6': {
      kk: "1.6. Ашық есік күнін өткізу білім беруді дамыту орталық директорының оны ұйымдастыру мен өткізу тәртібін айқындайтын бұйрығымен реттеледі.",
      en: "Holding it is regulated by an order of the centre's director (бұйрық) that sets how it is organised and held.",
    },
    '1.7': {
      kk: "1.7. Ашық есік күніне тікелей басшылықты білім беруді дамыту орталығының директоры жүзеге асырады.",
      en: "The director leads it directly.",
    },
    '3.1': {
      kk: "3.1. Ашық есік күні өңірдің аудандық/қалалық адами әлеуетті дамыту бөлімдерінің әдістемелік кабинеттерімен бірыңғай күнде өткізіледі.",
      en: "Held on one single date together with the district/city methodological cabinets of the region.",
    },
    '3.2': {
      kk: "3.2. Ашық есік күнін өткізу білім беруді дамыту орталығының барлық қызметкерлерінің қатысуын көздейді.",
      en: "All staff of the centre take part.",
    },
    '3.3': {
      kk: "3.3. Ашық есік күнін өткізуде қатысушыларды көптеп тарту үшін орталыққа ыңғайлы кез-келген формада іс-шараны жарнамалау (БАҚ, орталықтың жеке сайты, виртуалды әдістемелік кабинет, орталықтың әлеуметтік желілердегі парақшалары т.б.) ұйымдастырылады.",
      en: "Advertised in any convenient form: media, the centre's website, virtual methodological cabinet, social-network pages, etc.",
    },
    '3.4': {
      kk: "3.4. Ашық есік күнін өткізудің мазмұны облыстың білім беру ұйымдары педагогтерінің, аудандық/қалалық адами әлеуетті дамыту бөлімдерінің алдын-ала өтінімдері бойынша немесе білім беруді дамыту орталығының ағымдағы жылға арналған жұмыс жоспары мен жүктелген міндеттерді шешу қажеттілігіне қарай анықталады.",
      en: "Content is set either by prior requests (teachers, district departments) or by the centre's work plan for the current year.",
    },
    '3.4.1': {
      kk: "3.4.1 Алдын-ала өтінімдер бойынша өткізілетін Ашық есік күнінің өтінімдері іс-шараны өткізілгенге дейін 14 күннен кешіктірілмейтін мерзімде жеке педагогтердің, ата-аналардың немесе аудандық/қалалық адами әлеуетті дамыту бөлімдерінің атынан ұсыну арқылы жүзеге асырылады.",
      en: "Requests are submitted no later than 14 days before the event, by individual teachers, parents, or district/city departments.",
    },
    '3.4.2': {
      kk: "3.4.2 Білім беруді дамыту орталығының ағымдағы жылға арналған жұмыс жоспары мен жүктелген міндеттерді шешу қажеттілігіне қарай өткізілетін Ашық есік күні іс-шараның барлық қатысушылары мен қонақтарына танысу үшін рәсімделетін және ұсынылатын жұмыс жоспарына сәйкес жүзеге асырылады.",
      en: "A work-plan-based day follows a programme that is drawn up and handed to all participants and guests.",
    },
    '3.4.3': {
      kk: "3.4.3 Ашық есік күні білім беруді дамыту орталығының жұмыс жоспарында бекітілген кезеңде өткізіледі.",
      en: "Held within the period approved in the centre's work plan.",
    },
    '3.5': {
      kk: "3.5. Ашық есік күнін өткізудегі негізгі шаралар:\n- 3.5.1. кестеге сәйкес оқу сабақтары;\n- 3.5.2. тәрбиелік сипаттағы іс-шаралар;\n- 3.5.3. инновациялық жобалардың, жұмыстардың көрсетілімдері;\n- 3.5.4. «ашық микрофон»;\n- 3.5.5. телекөпір;\n- 3.5.6. өзекті мәселе бойынша ашық пікірталасты талап ететін «дөңгелек үстел»;\n3.5.7. жеке кеңестер;\n3.5.8. оқу-әдістемелік кешендердің көрмесі т.б.",
      en: "Main activities: lessons per timetable; educational events; showcases of innovative projects; \"open microphone\"; teleconference (телекөпір); round table; individual consultations; exhibition of teaching kits; etc.",
    },
    '3.6': {
      kk: "3.6. Ашық есік күнінің спикерлері ретінде білім беруді дамыту орталығының әдіскерлері, тәжірибелі педагогтер (келісім бойынша), ЖОО оқытушылары (келісім бойынша), білім беру ұйымдарының басшылары (келісім бойынша), біліктілікті арттыру ұйымдарының өкілдері (келісім бойынша), әлеуметтік серіктестер (келісім бойынша) және басқа да мүдделі тұлғалар (келісім бойынша) бола алады.",
      en: "Speakers: the centre's methodologists; experienced teachers, university lecturers, heads of education organisations, representatives of qualification-improvement organisations, social partners and other interested persons — each of these by agreement (келісім бойынша).",
    },
    '3.7': {
      kk: "3.7. Ашық есік күн қорытындысы бойынша ұсыныстар әзірленіп, өңірдің аудандық/қалалық адами әлеуетті дамыту бөлімдерінің әдістемелік кабинеттердің назарына жеткізіледі.",
      en: "Recommendations are drawn up from the results and brought to the district/city methodological cabinets.",
    },
    '3.8': {
      kk: "3.8. Ашық есік күні барысында атқарылған жұмыстар туралы қорытынды мекеме директорының жаңындағы кеңесте талқыланады.",
      en: "The results are discussed at the council under the director.",
    },
    '4.1': {
      kk: "4.1. Білім беруді дамыту орталығының қызметкерлері үшін: білім беруді дамыту орталығының Жарғысын, мекеменің ішкі тәртіп Ережесі мен өзіне жүктелген лауазымдық міндеттерін орындайды.",
      en: "(Duties of speakers) For the centre's staff: they follow the centre's charter, its internal rules and the duties of their post.",
    },
    '6.2': {
      kk: "6.2. Білім беруді дамыту орталығының жауапты маманынан тіркеуден өту.",
      en: "Participants register with the responsible specialist.",
    },
  },
  notes: [
    'Only the Kazakh text exists; the English lines are the working translation of DIGEST.md (the original wins).',
    'The clause texts keep the original\'s slips: 1.6 «орталық директорының» (for «орталығы директорының»), 3.8 «жаңындағы» (for «жанындағы», "under").',
  ],
  view: buildView,
  count: (v) => v.events.length + v.otherEvents.length + v.centers.length + v.requests.length,
});
