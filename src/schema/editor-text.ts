/**
 * What editors show from the JSON Schema, in Kazakh and Russian as well as English: the
 * descriptions of the data format's fields (written in English next to the zod definitions in
 * collections.ts, translated here by their English text), and the messages of a failed pattern
 * (taken from data/schema's own messages, so the editor says what `ereje validate` says).
 *
 * A description without a translation shows in English; `ereje schema`'s test lists any that
 * lack one, so a new field gets its kk and ru words with it.
 */
import schemaRule from '../../rules/data/schema.js';
import type { Lang } from '../core/i18n.js';

export const DESCRIPTIONS: Record<string, { kk: string; ru: string }> = {
  // Titles (the heading of a hover)
  'ereje data file': { kk: 'ereje деректер файлы', ru: 'Файл данных ereje' },
  'ereje settings (ereje.yaml)': { kk: 'ereje баптаулары (ereje.yaml)', ru: 'Настройки ereje (ereje.yaml)' },
  'One YAML file of an ereje data repo: any of the eight collections': {
    kk: 'ereje деректер репозиторийінің бір YAML файлы: сегіз жинақтың кез келгені',
    ru: 'Один YAML-файл репозитория данных ereje: любые из восьми коллекций',
  },
  'Settings of an ereje data repo: which rule modules and rules run, with which severities and parameters; language; as-of date; school-year calendar': {
    kk: 'ereje деректер репозиторийінің баптаулары: қай модульдер мен ережелер қандай деңгеймен және параметрлермен тексеріледі; тіл; тексеру күні; оқу жылының күнтізбесі',
    ru: 'Настройки репозитория данных ereje: какие модули и правила проверяются, с какими уровнями и параметрами; язык; дата проверки; календарь учебного года',
  },
  'Centres, district cabinets, schools, departments, CPM and its branches': {
    kk: 'Орталықтар, аудандық кабинеттер, мектептер, білім бөлімдері, ПШО және оның филиалдары',
    ru: 'Центры, районные кабинеты, школы, отделы образования, ЦПМ и его филиалы',
  },
  'Record id: lower-case ASCII letters, digits, ".", "_" or "-", starting with a letter or digit.': {
    kk: 'Жазба id-і: кіші латын әріптері, цифрлар, «.», «_» немесе «-»; әріппен не цифрмен басталады.',
    ru: 'Id записи: строчные латинские буквы, цифры, «.», «_» или «-»; начинается с буквы или цифры.',
  },
  'Kind of organization': { kk: 'Ұйымның түрі', ru: 'Вид организации' },
  'In Kazakh': { kk: 'Қазақша', ru: 'На казахском' },
  'In Russian': { kk: 'Орысша', ru: 'На русском' },
  'Human text: a string, or { kk: …, ru: … } with either or both official languages': {
    kk: 'Мәтін: жол, немесе { kk: …, ru: … } — бір не екі ресми тілде',
    ru: 'Текст: строка или { kk: …, ru: … } — на одном или обоих официальных языках',
  },
  'Official region slug': { kk: 'Облыстың ресми белгісі (латын әріптерімен, мысалы turkistan)', ru: 'Официальное обозначение области (латиницей, например turkistan)' },
  'District, for district cabinets and schools': { kk: 'Аудан (аудандық кабинеттер мен мектептер үшін)', ru: 'Район (для районных кабинетов и школ)' },
  'Parent organization id': { kk: 'Жоғары тұрған ұйымның id-і', ru: 'Id вышестоящей организации' },
  "Staff id of its head today (a shorthand; `heads` says who headed it when)": {
    kk: 'Бүгінгі басшысының қызметкер id-і (қысқаша; кім қашан басқарғанын `heads` айтады)',
    ru: 'Id сотрудника — руководителя на сегодня (кратко; кто и когда руководил — в `heads`)',
  },
  "Who headed it when: periods inclusive; an acting head may sit inside a head's period": {
    kk: 'Кім қашан басқарды: кезеңдер шеттерімен қоса; міндетін атқарушы басшы кезеңінің ішінде болуы мүмкін',
    ru: 'Кто и когда руководил: периоды включительно; и.о. может быть внутри периода руководителя',
  },
  'The head (a staff id of this organization)': { kk: 'Басшы (осы ұйым қызметкерінің id-і)', ru: 'Руководитель (id сотрудника этой организации)' },
  'First day as head (open: since before the data begins)': {
    kk: 'Басшы болған алғашқы күні (бос: деректер басталғанға дейін)',
    ru: 'Первый день руководства (пусто: с начала данных и раньше)',
  },
  'Last day as head (open: still heading it)': { kk: 'Басшы болған соңғы күні (бос: әлі басқарады)', ru: 'Последний день руководства (пусто: руководит до сих пор)' },
  'An acting head (міндетін атқарушы, м.а. / исполняющий обязанности, и.о.)': {
    kk: 'Міндетін атқарушы (м.а.)',
    ru: 'Исполняющий обязанности (и.о.)',
  },
  'People and their positions, qualification courses and certificates': {
    kk: 'Қызметкерлер: лауазымдары, біліктілікті арттыру курстары және сертификаттары',
    ru: 'Сотрудники: должности, курсы повышения квалификации и сертификаты',
  },
  'The organization the person works at': { kk: 'Қызметкер жұмыс істейтін ұйым', ru: 'Организация, где работает сотрудник' },
  Position: { kk: 'Лауазымы', ru: 'Должность' },
  'Employment status (default active)': { kk: 'Жұмыс мәртебесі (әдепкі: active)', ru: 'Статус работы (по умолчанию active)' },
  'A calendar date, YYYY-MM-DD (no time, no time zone)': {
    kk: 'Күнтізбелік күн, ЖЖЖЖ-АА-КК (уақытсыз, уақыт белдеуінсіз)',
    ru: 'Календарная дата, ГГГГ-ММ-ДД (без времени и часового пояса)',
  },
  'Last working day: the person is staff between `hired` and `left`': {
    kk: 'Соңғы жұмыс күні: адам `hired` пен `left` аралығында қызметкер',
    ru: 'Последний рабочий день: сотрудник числится между `hired` и `left`',
  },
  'Order id appointing this head': { kk: 'Осы басшыны тағайындаған бұйрықтың id-і', ru: 'Id приказа о назначении этого руководителя' },
  'Completed qualification-improvement courses': { kk: 'Аяқталған біліктілікті арттыру курстары', ru: 'Пройденные курсы повышения квалификации' },
  'Who gave the course, e.g. "Өрлеу", or { kk, ru } as the course': { kk: 'Курсты өткізген ұйым, мысалы «Өрлеу», немесе курс сияқты { kk, ru }', ru: 'Кто провёл курс, например «Өрлеу», или { kk, ru }, как у курса' },
  "The course's name: a string, or { kk, ru } so that a Russian document prints it in Russian": {
    kk: 'Курстың атауы: жол немесе { kk, ru } — орыс тіліндегі құжатта орысша басылу үшін',
    ru: 'Название курса: строка или { kk, ru } — чтобы документ на русском печатал его по-русски',
  },
  'Length of the course in hours': { kk: 'Курстың ұзақтығы, сағатпен', ru: 'Продолжительность курса в часах' },
  'Certificates (level-1/2/3, school leaders, trainer) with their issuer and date': {
    kk: 'Сертификаттар (1/2/3-деңгей, мектеп басшылары, тренер): кім берді және қашан',
    ru: 'Сертификаты (1/2/3 уровень, руководители школ, тренер): кем и когда выданы',
  },
  Programme: { kk: 'Бағдарлама', ru: 'Программа' },
  Issuer: { kk: 'Берген ұйым', ru: 'Кем выдан' },
  'Requests (өтінім) that ask for an event': { kk: 'Іс-шара өткізуді сұрайтын өтінімдер', ru: 'Заявки (өтінім) на проведение мероприятия' },
  'The open door day or landing it asks for': { kk: 'Өтінім сұрайтын ашық есік күні немесе десант', ru: 'День открытых дверей или десант, о котором просит заявка' },
  'Who asks': { kk: 'Кім сұрайды', ru: 'Кто просит' },
  'Organization id of the requester': { kk: 'Өтінім берушінің ұйым id-і', ru: 'Id организации заявителя' },
  'Orders (бұйрық)': { kk: 'Бұйрықтар', ru: 'Приказы (бұйрық)' },
  'Order number as printed, e.g. "15-н"': { kk: 'Бұйрықтың басылған нөмірі, мысалы «15-н»', ru: 'Номер приказа как напечатан, например «15-н»' },
  'Issuing organization': { kk: 'Бұйрық шығарған ұйым', ru: 'Издавшая организация' },
  'Who signed it': { kk: 'Кім қол қойды', ru: 'Кто подписал' },
  'head (default) or acting: signed by an acting head (м.а. / и.о.)': {
    kk: 'head (әдепкі) немесе acting: міндетін атқарушы (м.а.) қол қойған',
    ru: 'head (по умолчанию) или acting: подписал исполняющий обязанности (и.о.)',
  },
  'Kind of order': { kk: 'Бұйрықтың түрі', ru: 'Вид приказа' },
  'The record it regulates (event, network, plan, organization)': {
    kk: 'Бұйрық реттейтін жазба (іс-шара, желі, жоспар, ұйым)',
    ru: 'Запись, которую регулирует приказ (мероприятие, сеть, план, организация)',
  },
  'The records it regulates, when there are several (e.g. one order, two landings)': {
    kk: 'Бұйрық реттейтін жазбалар, бірнешеу болса (мысалы, бір бұйрық — екі десант)',
    ru: 'Записи, которые регулирует приказ, если их несколько (например, один приказ — два десанта)',
  },
  'A record it regulates': { kk: 'Бұйрық реттейтін жазба', ru: 'Регулируемая запись' },
  'Landing-composition orders: the approved members (staff ids)': {
    kk: 'Десант құрамы туралы бұйрық: бекітілген мүшелер (қызметкер id-лері)',
    ru: 'Приказ о составе десанта: утверждённые члены (id сотрудников)',
  },
  'An approved member': { kk: 'Бекітілген мүше', ru: 'Утверждённый член' },
  'The point, in the jussive («… өткізілсін», «Провести …»)': { kk: 'Тармақ, бұйрық райында («… өткізілсін»)', ru: 'Пункт в повелительной форме («Провести …»)' },
  'Who carries the point out': { kk: 'Тармақты кім орындайды', ru: 'Кто исполняет пункт' },
  "This order's own extra points (printed before the control point), each with its executor and deadline": {
    kk: 'Осы бұйрықтың өз тармақтары (бақылау тармағының алдында), әрқайсысы орындаушысы және мерзімімен',
    ru: 'Собственные пункты этого приказа (перед пунктом о контроле), каждый с исполнителем и сроком',
  },
  'true: the programme or the list goes to an appendix page («… қосымшаға сәйкес бекітілсін») with the appendix mark; false: it stays in the text; absent: it goes there when longer than render.appendix_rows (10)': {
    kk: 'Бағдарлама немесе тізім қосымша бетке шығарыла ма («… қосымшаға сәйкес бекітілсін», қосымша белгісімен); көрсетілмесе — render.appendix_rows (10) жолдан ұзын тізім ғана шығарылады',
    ru: 'Выносить ли программу или список в приложение («… согласно приложению») с отметкой о приложении; если не указано — выносится только список длиннее render.appendix_rows (10) строк',
  },
  'Work phone as printed in the executor mark of an order, e.g. "8 (7252) 53-12-40"': {
    kk: 'Бұйрықтың орындаушы белгісінде басылатын жұмыс телефоны, мысалы "8 (7252) 53-12-40"',
    ru: 'Рабочий телефон для отметки об исполнителе в приказе, например "8 (7252) 53-12-40"',
  },
  'Who approves the draft (visa)': { kk: 'Жобаны кім келіседі (виза)', ru: 'Кто согласует проект (виза)' },
  'Approval visas: who agreed the draft (Келісілді / Согласовано)': { kk: 'Келісу визалары: жобаны кім келісті (Келісілді)', ru: 'Визы согласования: кто согласовал проект (Согласовано)' },
  'Who prepared the order (the executor mark at the foot of its last page)': {
    kk: 'Бұйрықты кім дайындады (соңғы беттің төменгі жағындағы орындаушы белгісі)',
    ru: 'Кто подготовил приказ (отметка об исполнителе внизу последней страницы)',
  },
  'Work plans and academic-year schedules approved by the head': {
    kk: 'Басшы бекіткен жұмыс жоспарлары мен оқу жылының кестелері',
    ru: 'Планы работы и графики на учебный год, утверждённые руководителем',
  },
  'The organization whose plan it is': { kk: 'Жоспар кімдікі — ұйым', ru: 'Организация, чей это план' },
  'A period, both ends inclusive': { kk: 'Кезең, екі шеті қоса', ru: 'Период, обе границы включительно' },
  'Who approved the plan and when': { kk: 'Жоспарды кім және қашан бекітті', ru: 'Кто и когда утвердил план' },
  'Who approved it': { kk: 'Кім бекітті', ru: 'Кто утвердил' },
  'The events the plan schedules, each with its window': { kk: 'Жоспардағы іс-шаралар, әрқайсысы өз мерзімімен', ru: 'Мероприятия плана, каждое со своим сроком' },
  'The planned event': { kk: 'Жоспарланған іс-шара', ru: 'Запланированное мероприятие' },
  'Methodological open door days': { kk: 'Әдістемелік ашық есік күндері', ru: 'Методические дни открытых дверей' },
  'The centre holding it': { kk: 'Өткізетін орталық', ru: 'Проводящий центр' },
  'planned | held | cancelled (default planned)': {
    kk: 'planned (жоспарланған) | held (өткізілді) | cancelled (бас тартылды); әдепкі planned',
    ru: 'planned (запланирован) | held (проведён) | cancelled (отменён); по умолчанию planned',
  },
  'What sets its content (3.4)': { kk: 'Мазмұнын не анықтайды (3.4)', ru: 'Что определяет содержание (3.4)' },
  'Who leads it (1.7)': { kk: 'Кім басқарады (1.7)', ru: 'Кто руководит (1.7)' },
  "The director's order (1.6)": { kk: 'Директордың бұйрығы (1.6)', ru: 'Приказ директора (1.6)' },
  'The district cabinets holding it the same day (3.1)': {
    kk: 'Сол күні өткізетін аудандық кабинеттер (3.1)',
    ru: 'Районные кабинеты, проводящие его в тот же день (3.1)',
  },
  'District cabinet': { kk: 'Аудандық кабинет', ru: 'Районный кабинет' },
  'Staff taking part (3.2)': { kk: 'Қатысатын қызметкерлер (3.2)', ru: 'Участвующие сотрудники (3.2)' },
  'A participant': { kk: 'Қатысушы', ru: 'Участник' },
  'Where it was advertised (3.3)': { kk: 'Қайда жарияланды (3.3)', ru: 'Где объявлено (3.3)' },
  'Advertising channel': { kk: 'Жарнама арнасы', ru: 'Канал объявления' },
  'The programme: lessons, round tables, consultations… (3.5)': {
    kk: 'Бағдарлама: сабақтар, дөңгелек үстелдер, кеңестер… (3.5)',
    ru: 'Программа: уроки, круглые столы, консультации… (3.5)',
  },
  'Kind of activity (3.5)': { kk: 'Іс-әрекет түрі (3.5)', ru: 'Вид мероприятия (3.5)' },
  'Start time, HH:MM': { kk: 'Басталу уақыты, СС:ММ', ru: 'Время начала, ЧЧ:ММ' },
  'Speakers, with their category and consent date (3.6)': {
    kk: 'Баяндамашылар: санаты және келісім күні (3.6)',
    ru: 'Выступающие: категория и дата согласия (3.6)',
  },
  'The speaker, if on staff': { kk: 'Баяндамашы, егер қызметкер болса', ru: 'Выступающий, если он сотрудник' },
  'Speaker category (3.6)': { kk: 'Баяндамашының санаты (3.6)', ru: 'Категория выступающего (3.6)' },
  'Participants registered (6.2)': { kk: 'Тіркелген қатысушылар (6.2)', ru: 'Зарегистрированные участники (6.2)' },
  "After the event: recommendations sent (3.7), discussed at the director's council (3.8)": {
    kk: 'Іс-шарадан кейін: ұсынымдар жіберілді (3.7), директор жанындағы кеңесте талқыланды (3.8)',
    ru: 'После мероприятия: рекомендации направлены (3.7), обсуждены на совете при директоре (3.8)',
  },
  'The recommendations made': { kk: 'Берілген ұсынымдар', ru: 'Данные рекомендации' },
  'Methodological landings (әдістемелік десант)': { kk: 'Әдістемелік десанттар', ru: 'Методические десанты (әдістемелік десант)' },
  'The centre sending the landing': { kk: 'Десантты жіберетін орталық', ru: 'Центр, направляющий десант' },
  'The organization visited': { kk: 'Барылатын ұйым', ru: 'Посещаемая организация' },
  'Who initiated the landing (1.3)': { kk: 'Десанттың бастамашысы (1.3)', ru: 'Инициатор десанта (1.3)' },
  'Who initiated it': { kk: 'Бастамашы', ru: 'Кто инициировал' },
  'Organization of the initiator': { kk: 'Бастамашының ұйымы', ru: 'Организация инициатора' },
  'Role of the initiator (1.3)': { kk: 'Бастамашының рөлі (1.3)', ru: 'Роль инициатора (1.3)' },
  'The request it answers (5.2)': { kk: 'Десант жауап беретін өтінім (5.2)', ru: 'Заявка, на которую отвечает десант (5.2)' },
  'The composition order (5.2)': { kk: 'Құрам туралы бұйрық (5.2)', ru: 'Приказ о составе (5.2)' },
  'The academic-year schedule (5.3)': { kk: 'Оқу жылының кестесі (5.3)', ru: 'График на учебный год (5.3)' },
  "The landing's members (staff ids of the organizer)": { kk: 'Десант мүшелері (ұйымдастырушы қызметкерлерінің id-лері)', ru: 'Члены десанта (id сотрудников организатора)' },
  'A member': { kk: 'Мүше', ru: 'Член' },
  'Forms of work (3.1)': { kk: 'Жұмыс түрлері (3.1)', ru: 'Формы работы (3.1)' },
  'Form (3.1)': { kk: 'Түрі (3.1)', ru: 'Форма (3.1)' },
  'Directions studied (3.2)': { kk: 'Зерделенетін бағыттар (3.2)', ru: 'Изучаемые направления (3.2)' },
  'Direction (3.2)': { kk: 'Бағыт (3.2)', ru: 'Направление (3.2)' },
  'Documents requested from the school, each with its direction and period (4.4.2)': {
    kk: 'Мектептен сұралатын құжаттар, әрқайсысы бағытымен және кезеңімен (4.4.2)',
    ru: 'Запрашиваемые у школы документы, каждый с направлением и периодом (4.4.2)',
  },
  'Direction it belongs to': { kk: 'Қай бағытқа жатады', ru: 'К какому направлению относится' },
  'The reference (анықтама) with recommendations (1.6, 4.2.7)': {
    kk: 'Ұсынымдары бар анықтама (1.6, 4.2.7)',
    ru: 'Справка (анықтама) с рекомендациями (1.6, 4.2.7)',
  },
  'What the landing found': { kk: 'Десант анықтағаны', ru: 'Что выявил десант' },
  Direction: { kk: 'Бағыт', ru: 'Направление' },
  'Recommendations to the school': { kk: 'Мектепке ұсынымдар', ru: 'Рекомендации школе' },
  'Who signed the reference': { kk: 'Анықтамаға кім қол қойды', ru: 'Кто подписал справку' },
  'A signatory': { kk: 'Қол қоюшы', ru: 'Подписавший' },
  'Leading schools and their partner schools': { kk: 'Жетекші мектептер және олардың серіктес мектептері', ru: 'Ведущие школы и их школы-партнёры' },
  'The leading school': { kk: 'Жетекші мектеп', ru: 'Ведущая школа' },
  'Partner schools (at most 10 per leading school, 4)': {
    kk: 'Серіктес мектептер (бір жетекші мектепке ең көбі 10, 4)',
    ru: 'Школы-партнёры (не более 10 на ведущую школу, 4)',
  },
  'A partner school': { kk: 'Серіктес мектеп', ru: 'Школа-партнёр' },
  'CPM or CPM branch that initiated it (2.1)': { kk: 'Бастама көтерген ПШО немесе оның филиалы (2.1)', ru: 'ЦПМ или филиал ЦПМ — инициатор (2.1)' },
  'Coordination centre (4)': { kk: 'Үйлестіру орталығы (4)', ru: 'Координационный центр (4)' },
  'Certified trainers (staff ids)': { kk: 'Сертификатталған тренерлер (қызметкер id-лері)', ru: 'Сертифицированные тренеры (id сотрудников)' },
  'A certified trainer': { kk: 'Сертификатталған тренер', ru: 'Сертифицированный тренер' },
  'Responsible head of the leading school (6)': { kk: 'Жетекші мектептің жауапты басшысы (6)', ru: 'Ответственный руководитель ведущей школы (6)' },
  'The documents designating the leading school (2.2, 2.3)': {
    kk: 'Жетекші мектепті белгілейтін құжаттар (2.2, 2.3)',
    ru: 'Документы о назначении ведущей школы (2.2, 2.3)',
  },
  'Number as printed': { kk: 'Басылған нөмірі', ru: 'Номер как напечатан' },
  'Recommendation of the CPM branch (2.3)': { kk: 'ПШО филиалының ұсынымы (2.3)', ru: 'Рекомендация филиала ЦПМ (2.3)' },
  'Letter of the CPM (2.2)': { kk: 'ПШО хаты (2.2)', ru: 'Письмо ЦПМ (2.2)' },
  'Order of the regional education authority (2.2)': { kk: 'Облыстық білім басқармасының бұйрығы (2.2)', ru: 'Приказ областного управления образования (2.2)' },
  // Settings (ereje.yaml)
  'Cache what reading each file produces and the result of each run, keyed on content, so an unchanged repo is answered from the stored run (.ereje-cache/ at the data repo root): true, or { enabled, location, max_mb }': {
    kk: 'Әр файлды оқу нәтижесін және әр тексеру нәтижесін мазмұны бойынша кэште сақтау: өзгермеген репозиторийге сақталған нәтиже беріледі (деректер репозиторийінің түбіндегі .ereje-cache/): true, немесе { enabled, location, max_mb }',
    ru: 'Кэшировать результат чтения каждого файла и каждой проверки по содержимому: для неизменённого репозитория выдаётся сохранённый результат (.ereje-cache/ в корне репозитория данных): true или { enabled, location, max_mb }',
  },
  // The exceptions file (exceptions.yaml)
  'ereje exceptions (exceptions.yaml)': { kk: 'ereje ерекшеліктері (exceptions.yaml)', ru: 'Исключения ereje (exceptions.yaml)' },
  'Findings accepted for a while: each names a rule and a record id, a reason, who approved it (a staff id), when, and an expiry date': {
    kk: 'Уақытша қабылданған бұзушылықтар: әрқайсысында ереже мен жазба id-і, себебі, кім бекіткені (қызметкер id-і), қашан және қай күнге дейін',
    ru: 'Временно принятые замечания: в каждом — правило и id записи, причина, кто утвердил (id сотрудника), когда и до какого дня',
  },
  'Accepted findings (ereje baseline writes them)': { kk: 'Қабылданған бұзушылықтар (оларды ereje baseline жазады)', ru: 'Принятые замечания (их записывает ereje baseline)' },
  'One accepted finding: what, why, who, when, until when': { kk: 'Бір қабылданған бұзушылық: не, неге, кім, қашан, қашанға дейін', ru: 'Одно принятое замечание: что, почему, кто, когда, до какого дня' },
  'The rule id whose finding is accepted, e.g. open-door-day/request-lead-time (ereje rules)': {
    kk: 'Бұзушылығы қабылданатын ереженің id-і, мысалы open-door-day/request-lead-time (тізімі: ereje rules)',
    ru: 'Id правила, замечание которого принимается, например open-door-day/request-lead-time (список: ereje rules)',
  },
  "The finding's subject: the id of the record it is about": { kk: 'Бұзушылықтың нысаны: ол туралы жазбаның id-і', ru: 'Объект замечания: id записи, к которой оно относится' },
  'Only findings at this field of the record (or below it), e.g. requested[2].covers': {
    kk: 'Жазбаның тек осы өрісіндегі (немесе оның ішіндегі) бұзушылықтар, мысалы requested_documents[2].period',
    ru: 'Только замечания к этому полю записи (или вложенным в него), например requested_documents[2].period',
  },
  'Only findings of this period, as the rule names it, e.g. 2026-Q3': { kk: 'Тек осы кезеңнің бұзушылықтары (ереже атайтындай), мысалы 2026-Q3', ru: 'Только замечания за этот период (как его называет правило), например 2026-Q3' },
  'Why the finding is accepted (in any language)': { kk: 'Бұзушылық неге қабылданды (кез келген тілде)', ru: 'Почему замечание принято (на любом языке)' },
  'Staff id of the person who approved the exception (must be in the data)': { kk: 'Ерекшелікті бекіткен қызметкердің id-і (деректерде болуы керек)', ru: 'Id сотрудника, утвердившего исключение (должен быть в данных)' },
  'The day it was approved, YYYY-MM-DD': { kk: 'Бекітілген күні, ЖЖЖЖ-АА-КК', ru: 'Дата утверждения, ГГГГ-ММ-ДД' },
  'The order or minutes that decided it (an order id or free text)': { kk: 'Шешім қабылданған бұйрық не хаттама (бұйрықтың id-і немесе еркін мәтін)', ru: 'Приказ или протокол, которым это решено (id приказа или свободный текст)' },
  'Last day the exception is in force, YYYY-MM-DD; after it the finding is reported again': {
    kk: 'Ерекшелік күшінде болатын соңғы күн, ЖЖЖЖ-АА-КК; одан кейін бұзушылық қайта көрсетіледі',
    ru: 'Последний день действия исключения, ГГГГ-ММ-ДД; после него замечание снова выводится',
  },
  "Parameters shared by the module's rules": { kk: 'Модуль ережелеріне ортақ параметрлер', ru: 'Параметры, общие для правил модуля' },
};

/** A description in the language asked for (English when it has no translation yet). */
export function describeIn(en: string, lang: Lang): string {
  if (lang === 'en') return en;
  return DESCRIPTIONS[en]?.[lang] ?? en;
}

/**
 * data/schema's messages for a date, an id and a time, as an editor shows them under the
 * value: without the field name and the value, which the editor shows itself
 * (`hired: "2026-02-30" is not a real calendar date (…)` → `not a real calendar date (…)`).
 */
export function editorMessages(lang: Lang): { date: string; id: string; time: string } {
  const m = schemaRule.messages as Record<string, Record<Lang, string>>;
  const strip = (s: string) =>
    s
      .replace(/^\{field\}:\s*/, '')
      .replace(/^[«"]\{value\}[»"]\s*(?:—\s*|is\s+)?/, '')
      .trim();
  return { date: strip(m.date[lang]), id: strip(m.id[lang]), time: strip(m.time[lang]) };
}
