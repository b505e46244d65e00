/**
 * Grammatical forms the templates need, prepared in code so a template only places them:
 * people's names (short forms, initials), Kazakh dative by vowel harmony («А.С. Бековаға
 * жүктелсін»), Russian accusative of the common surname types («возложить на Бекову А.С.»),
 * and the words for the data's enumerated values in Kazakh and Russian.
 */
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
  consultative: { kk: 'кеңес беру', ru: 'консультативная' },
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

/** Russian noun agreement with a number: 1 день, 2 дня, 5 дней. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const a = Math.abs(n) % 100, b = a % 10;
  if (a > 10 && a < 20) return many;
  if (b === 1) return one;
  if (b >= 2 && b <= 4) return few;
  return many;
}
