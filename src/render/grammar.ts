/**
 * Grammatical forms the templates need, prepared in code so a template only places them:
 * people's names (short forms, initials), Kazakh dative by vowel harmony («А.С. Бековаға
 * жүктелсін»), Russian accusative of the common surname types («возложить на Бекову А.С.»),
 * and the words for the data's enumerated values in Kazakh and Russian.
 */
import { pluralForm } from '../core/plural.js';
import { REGION_INFO as SHARED_REGION_INFO } from '../schema/regions.js';
import type { ENUMS } from '../schema/collections.js';

export type DocLang = 'kk' | 'ru';

const BACK = new Set([...'аоұыяёАОҰЫЯЁ']);
const FRONT = new Set([...'әеөүіэӘЕӨҮІЭ']);
const VOICELESS = new Set([...'кқпстфхцчшщКҚПСТФХЦЧШЩ']);

/** Back or front: the last unambiguous vowel decides (и, у, ю count as neither). */
function isFront(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word[i];
    if (FRONT.has(c)) return true;
    if (BACK.has(c)) return false;
  }
  return false;
}

/**
 * Kazakh dative ending for a word (a surname): -ға/-ге after vowels and voiced consonants,
 * -қа/-ке after voiceless ones. Бекова → Бековаға, Төлімбет → Төлімбетке, Ахметов → Ахметовке.
 */
export function kkDative(word: string): string {
  const last = word[word.length - 1] ?? '';
  // Russian-type surname endings take the harmony of the Kazakh stem: Сәрсенбаев → Сәрсенбаевқа,
  // Өтегенов → Өтегеновке; a final в sounds [ф].
  const suffix = /(ов|ев|ёв|ин|ын)$/i.exec(word);
  const stem = suffix && word.length > suffix[0].length + 1 ? word.slice(0, -suffix[0].length) : word;
  const front = isFront(stem);
  if (/[A-Za-z0-9]/.test(last)) return `${word}-${front ? 'ге' : 'ға'}`;
  const voiceless = VOICELESS.has(last) || last === 'в';
  return word + (voiceless ? (front ? 'ке' : 'қа') : front ? 'ге' : 'ға');
}

export interface NameParts {
  surname: string;
  /** initials, e.g. "А.С." (empty when the data gives only a surname) */
  initials: string;
  full: string;
  female: boolean | null;
}

const PATRONYMIC_TAIL = /^(қызы|кызы|ұлы|улы|уулу)$/i;

/** "Бекова Айгүл Серікқызы" → surname Бекова, initials А.С.; "Ахметов Б.Қ." stays as given. */
export function nameParts(full: string): NameParts {
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { surname: '', initials: '', full: '', female: null };
  // Already "Surname I.O." or "I.O. Surname"
  const initialsWord = words.find((w) => /^(\p{Lu}\.\s*)+$/u.test(w));
  if (initialsWord) {
    const surname = words.filter((w) => w !== initialsWord).join(' ');
    return { surname, initials: initialsWord.replace(/\s+/g, ''), full, female: genderOf(surname, '') };
  }
  const [surname, ...rest] = words;
  const given: string[] = [];
  for (const w of rest) {
    if (PATRONYMIC_TAIL.test(w) && given.length) given[given.length - 1] += ` ${w}`;
    else given.push(w);
  }
  const initials = given.map((g) => `${g[0].toUpperCase()}.`).join('');
  return { surname, initials, full, female: genderOf(surname, given[given.length - 1] ?? '') };
}

function genderOf(surname: string, patronymic: string): boolean | null {
  const p = patronymic.toLowerCase();
  if (/(қызы|кызы|овна|евна|ична|инична)$/.test(p)) return true;
  if (/(ұлы|улы|уулу|ович|евич|ич)$/.test(p)) return false;
  const s = surname.toLowerCase();
  if (/(ова|ева|ёва|ина|ына|ская|цкая)$/.test(s)) return true;
  if (/(ов|ев|ёв|ин|ын|ский|цкий)$/.test(s)) return false;
  return null;
}

/** Russian accusative of a surname of the common types; anything else stays as written. */
export function ruAccusativeSurname(surname: string, female: boolean | null): string {
  if (female === true) {
    const m = /^(.*)(ова|ева|ёва|ина|ына)$/.exec(surname);
    if (m) return `${m[1]}${m[2].slice(0, -1)}у`;
    const s = /^(.*)(ская|цкая)$/.exec(surname);
    if (s) return `${s[1]}${s[2].slice(0, -2)}ую`;
    return surname;
  }
  if (female === false) {
    if (/(ский|цкий)$/.test(surname)) return `${surname.slice(0, -2)}ого`;
    if (/[бвгджзклмнпрстфхцчшщқғңһ]$/i.test(surname)) return `${surname}а`;
  }
  return surname;
}

type Position = (typeof ENUMS.position)[number];

/** Positions: as a heading / signature (Nom), inside a sentence (lc), Russian accusative (acc). */
/** kkOf: after the organisation's name, «… КММ директоры» (possessive). */
export const POSITIONS: Record<Position, { kk: string; kkOf: string; ru: string; ruAcc: string }> = {
  director: { kk: 'Директор', kkOf: 'директоры', ru: 'Директор', ruAcc: 'директора' },
  'deputy-director': { kk: 'Директордың орынбасары', kkOf: 'директорының орынбасары', ru: 'Заместитель директора', ruAcc: 'заместителя директора' },
  'head-of-department': { kk: 'Бөлім меңгерушісі', kkOf: 'бөлім меңгерушісі', ru: 'Заведующий отделом', ruAcc: 'заведующего отделом' },
  methodologist: { kk: 'Әдіскер', kkOf: 'әдіскері', ru: 'Методист', ruAcc: 'методиста' },
  teacher: { kk: 'Мұғалім', kkOf: 'мұғалімі', ru: 'Учитель', ruAcc: 'учителя' },
  trainer: { kk: 'Тренер', kkOf: 'тренері', ru: 'Тренер', ruAcc: 'тренера' },
  other: { kk: 'Қызметкер', kkOf: 'қызметкері', ru: 'Сотрудник', ruAcc: 'сотрудника' },
};

/** Lower-cases the first letter (a position inside a sentence). */
export function lcFirst(s: string): string {
  return s ? s[0].toLocaleLowerCase('kk') + s.slice(1) : s;
}

export function ucFirst(s: string): string {
  return s ? s[0].toLocaleUpperCase('kk') + s.slice(1) : s;
}

type Labels = Record<DocLang, string>;
type EnumLabels<K extends keyof typeof ENUMS> = Record<(typeof ENUMS)[K][number], Labels>;

export const ACTIVITY: EnumLabels<'activity'> = {
  lesson: { kk: 'Сабақ кестесі бойынша сабақтар', ru: 'Уроки по расписанию' },
  'educational-event': { kk: 'Тәрбие іс-шарасы', ru: 'Воспитательное мероприятие' },
  'innovation-showcase': { kk: 'Инновациялық жобалар көрмесі (таныстырылымы)', ru: 'Презентация инновационных проектов' },
  'open-microphone': { kk: '«Ашық микрофон»', ru: '«Открытый микрофон»' },
  teleconference: { kk: 'Телекөпір', ru: 'Телемост' },
  'round-table': { kk: 'Дөңгелек үстел', ru: 'Круглый стол' },
  consultation: { kk: 'Жеке кеңес беру', ru: 'Индивидуальные консультации' },
  exhibition: { kk: 'Оқу-әдістемелік кешендер көрмесі', ru: 'Выставка учебно-методических комплексов' },
  other: { kk: 'Басқа іс-шара', ru: 'Иное мероприятие' },
};

export const SPEAKER: EnumLabels<'speakerCategory'> = {
  methodologist: { kk: 'орталық әдіскері', ru: 'методист центра' },
  'experienced-teacher': { kk: 'тәжірибелі педагог', ru: 'опытный педагог' },
  'university-lecturer': { kk: 'ЖОО оқытушысы', ru: 'преподаватель вуза' },
  'school-head': { kk: 'білім беру ұйымының басшысы', ru: 'руководитель организации образования' },
  'qualification-org': { kk: 'біліктілікті арттыру ұйымының өкілі', ru: 'представитель организации повышения квалификации' },
  'social-partner': { kk: 'әлеуметтік серіктес', ru: 'социальный партнёр' },
  other: { kk: 'мүдделі тұлға', ru: 'заинтересованное лицо' },
};

export const ADVERTISING: EnumLabels<'advertising'> = {
  media: { kk: 'бұқаралық ақпарат құралдары', ru: 'средства массовой информации' },
  website: { kk: 'орталықтың сайты', ru: 'сайт центра' },
  'virtual-cabinet': { kk: 'виртуалды әдістемелік кабинет', ru: 'виртуальный методический кабинет' },
  'social-media': { kk: 'орталықтың әлеуметтік желілердегі парақшалары', ru: 'страницы центра в социальных сетях' },
  other: { kk: 'өзге де тәсілдер', ru: 'иные способы' },
};

export const LANDING_FORM: EnumLabels<'landingForm'> = {
  consultative: { kk: 'консультациялық', ru: 'консультативная' },
  diagnostic: { kk: 'диагностикалық', ru: 'диагностическая' },
  methodological: { kk: 'әдістемелік', ru: 'методическая' },
  'organizational-pedagogical': { kk: 'ұйымдастырушылық-педагогикалық', ru: 'организационно-педагогическая' },
};

/** The six directions of the Karaganda landing regulation (3.2). */
export const DIRECTION: EnumLabels<'direction'> = {
  documents: { kk: 'Нормативтік құжаттар және іс жүргізу', ru: 'Нормативные документы и делопроизводство' },
  'teaching-quality': { kk: 'Оқыту сапасы', ru: 'Качество преподавания' },
  'knowledge-gaps': { kk: 'Білімдегі олқылықтарды жою, үлгерімі төмен оқушылармен жұмыс', ru: 'Устранение пробелов в знаниях, работа с неуспевающими' },
  research: { kk: 'Ғылыми-зерттеу қызметі', ru: 'Научно-исследовательская деятельность' },
  'teacher-mastery': { kk: 'Педагогтердің шеберлігі және әдістемелік дайындығы', ru: 'Мастерство и методическая готовность педагогов' },
  upbringing: { kk: 'Тәрбие үдерісі және іс-шаралар', ru: 'Воспитательный процесс и мероприятия' },
};

export const EVENT_STATUS: EnumLabels<'eventStatus'> = {
  planned: { kk: 'жоспарланған', ru: 'запланировано' },
  held: { kk: 'өткізілді', ru: 'проведено' },
  cancelled: { kk: 'тоқтатылды', ru: 'отменено' },
};

export const CERT_PROGRAM: EnumLabels<'certificateProgram'> = {
  'level-1': { kk: '1-деңгей', ru: '1 уровень' },
  'level-2': { kk: '2-деңгей', ru: '2 уровень' },
  'level-3': { kk: '3-деңгей', ru: '3 уровень' },
  'school-leaders': { kk: 'Мектеп басшылары', ru: 'Руководители школ' },
  trainer: { kk: 'Тренер', ru: 'Тренер' },
};

export const ORG_TYPE: EnumLabels<'orgType'> = {
  center: { kk: 'орталық', ru: 'центр' },
  'district-cabinet': { kk: 'әдістемелік кабинет', ru: 'методический кабинет' },
  school: { kk: 'мектеп', ru: 'школа' },
  'education-department': { kk: 'білім басқармасы', ru: 'управление образования' },
  cpm: { kk: 'ПШО', ru: 'ЦПМ' },
  'cpm-branch': { kk: 'ПШО филиалы', ru: 'филиал ЦПМ' },
  university: { kk: 'ЖОО', ru: 'вуз' },
  other: { kk: 'ұйым', ru: 'организация' },
};

export const SEVERITY_LABEL: Record<'error' | 'warning' | 'info', Labels> = {
  error: { kk: 'қате', ru: 'ошибка' },
  warning: { kk: 'ескерту', ru: 'предупреждение' },
  info: { kk: 'ақпарат', ru: 'информация' },
};

/** Region names and their administrative centres: one table for all of ereje (src/schema/regions.ts). */
export const REGION_INFO: Record<string, (typeof SHARED_REGION_INFO)[keyof typeof SHARED_REGION_INFO]> = SHARED_REGION_INFO;

/** «A, B және C» / «A, B и C». */
export function joinList(items: readonly string[], lang: DocLang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'kk' ? 'және' : 'и';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Russian noun agreement with a number: 1 день, 2 дня, 5 дней (CLDR's rules, one place: core/plural.ts). */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  return pluralForm(n, { kk: one, ru: { one, few, many }, en: { one, other: many } }, 'ru');
}

// ---- case forms of organisations' names (the last word takes the ending) ----

/** How an abbreviation is read aloud, for its ending: КММ «ке-эм-эм», КМҚК «ке-эм-қа-ка». */
const LETTER_NAMES: Record<string, string> = {
  А: 'а', Ә: 'ә', Б: 'бе', В: 'ве', Г: 'ге', Ғ: 'ға', Д: 'де', Е: 'е', Ж: 'же', З: 'зе', И: 'и', Й: 'й', К: 'ка', Қ: 'қа', Л: 'эл', М: 'эм', Н: 'эн', Ң: 'ң', О: 'о', Ө: 'ө', П: 'пе', Р: 'эр', С: 'эс', Т: 'те', У: 'у', Ұ: 'ұ', Ү: 'ү', Ф: 'эф', Х: 'ха', Һ: 'һа', Ц: 'це', Ч: 'че', Ш: 'ша', Щ: 'ща', Ы: 'ы', І: 'і', Э: 'э', Ю: 'ю', Я: 'я',
};

/** The last word of a name as it sounds (an abbreviation by its last letter's name), and whether it is one. */
function spoken(word: string): { sound: string; abbr: boolean } {
  if (word.length >= 2 && /^[\p{Lu}]+$/u.test(word)) return { sound: LETTER_NAMES[word[word.length - 1]] ?? word.toLowerCase(), abbr: true };
  return { sound: word.toLowerCase(), abbr: false };
}

const KK_VOWELS = /[аәеиоөуұүыіэюя]$/;

/** Kazakh genitive of a word: орталығы → орталығының, мектеп → мектептің, КММ → КММ-нің, КМҚК → КМҚК-ның. */
export function kkGenitiveWord(word: string): string {
  const { sound, abbr } = spoken(word);
  const front = isFront(sound);
  const last = sound[sound.length - 1] ?? '';
  let ending: string;
  if (KK_VOWELS.test(sound) || /[мнң]$/.test(last)) ending = front ? 'нің' : 'ның';
  else if (/[лрйзж]$/.test(last)) ending = front ? 'дің' : 'дың';
  else ending = front ? 'тің' : 'тың';
  // а final -ы/-і of a possessive takes -ның/-нің: орталығы → орталығының
  return abbr ? `${word}-${ending}` : word + ending;
}

/** Kazakh locative: КММ → КММ-де, КМҚК → КМҚК-да, мектеп → мектепте, орталығы → орталығында. */
export function kkLocativeWord(word: string): string {
  const { sound, abbr } = spoken(word);
  const front = isFront(sound);
  const last = sound[sound.length - 1] ?? '';
  let ending: string;
  if (!abbr && /[ыі]$/.test(sound)) ending = front ? 'нде' : 'нда'; // possessive: орталығы → орталығында
  else if (VOICELESS.has(last) || /[бвгд]$/.test(last)) ending = front ? 'те' : 'та';
  else ending = front ? 'де' : 'да';
  return abbr ? `${word}-${ending}` : word + ending;
}

/** Applies a word form to the last word of a phrase (a name ending in «КММ», «орталығы»…). */
export function lastWord(phrase: string, form: (w: string) => string): string {
  const m = /^(.*?)([\p{L}]+)([»"”)]*)$/u.exec(phrase.trim());
  if (!m) return phrase;
  return `${m[1]}${form(m[2])}${m[3]}`;
}

/** The leading nouns of Russian organisation names, in the prepositional («при филиале …», «в управлении …»). */
const RU_PREP_HEAD: [RegExp, string][] = [
  [/^Филиал(?=\s|$)/, 'филиале'],
  [/^Центр(?=\s|$)/, 'Центре'],
  [/^Управление(?=\s|$)/, 'Управлении'],
  [/^Отдел(?=\s|$)/, 'отделе'],
  [/^Методический кабинет(?=\s|$)/, 'методическом кабинете'],
];

const RU_GEN_HEAD: [RegExp, string][] = [
  [/^Филиал(?=\s|$)/, 'филиала'],
  [/^Центр(?=\s|$)/, 'Центра'],
  [/^Управление(?=\s|$)/, 'Управления'],
  [/^Отдел(?=\s|$)/, 'отдела'],
  [/^Методический кабинет(?=\s|$)/, 'методического кабинета'],
];

/** A Russian organisation name as a genitive (whose): «Центр методического сопровождения …» → «Центра методического сопровождения …»; «ГУ «…»» stays (the abbreviation does not decline). */
export function ruGenitiveOrg(name: string): string {
  for (const [re, rep] of RU_GEN_HEAD) if (re.test(name)) return name.replace(re, rep);
  return name;
}

/** «в городе Костанай» → «в городе Костанае» (a city name after «городе» declines). */
export function ruCityPrepositional(s: string): string {
  return s.replace(/(в городе) ([А-ЯЁ][а-яё-]+)/g, (_m, pre: string, city: string) => {
    if (/[иыоуэю]$/.test(city)) return `${pre} ${city}`;
    if (/[ая]$/.test(city)) return `${pre} ${city.slice(0, -1)}е`;
    if (/й$/.test(city)) return `${pre} ${city.slice(0, -1)}е`;
    if (/ь$/.test(city)) return `${pre} ${city.slice(0, -1)}и`;
    return `${pre} ${city}е`;
  });
}

/** A Russian organisation name after «при», «в», «о»: «Филиал Центра … в городе Костанай» → «филиале Центра … в городе Костанае». */
export function ruPrepositionalOrg(name: string): string {
  let out = name;
  for (const [re, rep] of RU_PREP_HEAD) {
    if (re.test(out)) {
      out = out.replace(re, rep);
      break;
    }
  }
  return ruCityPrepositional(out);
}

/**
 * Methodological cabinets in the instrumental plural, their common words said once: «с
 * методическими кабинетами отделов развития человеческого потенциала Сарыагашского района,
 * города Кентау и Мактааральского района». Names of another shape are listed as written.
 */
export function ruCabinetsWith(names: readonly string[], kase: 'with' | 'in' = 'with'): string {
  const head = /^Методический кабинет отдела /;
  const [one, many, fallback] =
    kase === 'with'
      ? ['с методическим кабинетом отдела', 'с методическими кабинетами отделов', 'с методическими кабинетами:']
      : ['в методическом кабинете отдела', 'в методических кабинетах отделов', 'в методических кабинетах:'];
  if (names.length && names.every((n) => head.test(n))) {
    const tails = names.map((n) => n.replace(head, '').split(/\s+/));
    let common = 0;
    while (tails.every((t) => t.length > common + 1 && t[common] === tails[0][common])) common++;
    const shared = tails[0].slice(0, common).join(' ');
    const rest = tails.map((t) => t.slice(common).join(' '));
    if (names.length === 1) return `${one} ${[shared, rest[0]].filter(Boolean).join(' ')}`;
    return `${many} ${shared ? `${shared} ` : ''}${joinList(rest, 'ru')}`;
  }
  return `${fallback} ${joinList([...names], 'ru')}`;
}

/** Where information is published: «на сайте центра», «на страницах центра в социальных сетях». */
export const ADVERTISING_WHERE: Record<(typeof ENUMS)['advertising'][number], Labels> = {
  media: { kk: 'бұқаралық ақпарат құралдарында', ru: 'в средствах массовой информации' },
  website: { kk: 'орталықтың сайтында', ru: 'на сайте центра' },
  'virtual-cabinet': { kk: 'виртуалды әдістемелік кабинетте', ru: 'в виртуальном методическом кабинете' },
  'social-media': { kk: 'орталықтың әлеуметтік желілердегі парақшаларында', ru: 'на страницах центра в социальных сетях' },
  other: { kk: 'өзге де тәсілдермен', ru: 'иными способами' },
};

/** A form of work as the object of «определить» (accusative): консультативная → консультативную. */
export function ruAccusativeAdjective(s: string): string {
  return s.replace(/ая(?=[\s,.;:)]|$)/g, 'ую').replace(/яя(?=[\s,.;:)]|$)/g, 'юю');
}

/** «3 сотрудника», «1 ведущей школы» — the number and its agreeing noun, unbreakable. */
export function ruCount(n: number, one: string, few: string, many: string): string {
  return `${n}\u00a0${ruPlural(n, one, few, many)}`;
}

/**
 * A Kazakh numeral with the possessive ending of «… N-і» («11 қызметкерінің 10-ы», «… 2-сі»): the
 * ending follows the last word said — бір-і, екі-сі, алты-сы, тоғыз-ы, он-ы, жиырма-сы, елу-і,
 * жүз-і, мың-ы.
 */
export function kkPossessiveNumber(n: number): string {
  const UNITS = ['і', 'і', 'сі', 'і', 'і', 'і', 'сы', 'сі', 'і', 'ы'];
  const TENS = ['', 'ы', 'сы', 'ы', 'ы', 'і', 'ы', 'і', 'і', 'ы'];
  const k = Math.abs(Math.trunc(n));
  let end: string;
  if (k === 0) end = 'і'; // нөл-і
  else if (k % 10) end = UNITS[k % 10];
  else if (k % 100) end = TENS[(k % 100) / 10];
  else if (k % 1000) end = 'і'; // жүз-і
  else end = 'ы'; // мың-ы, миллион-ы
  return `${n}-${end}`;
}

