/**
 * What a spreadsheet's columns can hold, per collection: the fields, how a cell becomes each
 * one, and the headers and values recognised out of the box in Kazakh, Russian and English.
 * A mapping file (mapping.ts) adds to these; nothing here is needed for a sheet whose
 * headers are the field names themselves.
 */
import { ENUMS, REGIONS, type CollectionName } from '../schema/collections.js';
import { REGION_INFO } from '../schema/regions.js';

export type FieldKind =
  | { kind: 'id' }
  | { kind: 'text' }
  | { kind: 'string' }
  | { kind: 'date' }
  | { kind: 'enum'; values: readonly string[]; synonyms: Record<string, readonly string[]> }
  | { kind: 'ref'; collection: 'organizations' | 'staff' | 'orders' | 'events' };

export interface FieldDef {
  field: string;
  type: FieldKind;
  required?: boolean;
  /** Headers that mean this field (any case, punctuation and spacing ignored). */
  headers: readonly string[];
}

/** Header and value text compared without case, punctuation or spaces; ё as е. */
export function norm(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '');
}

const POSITION_SYNONYMS: Record<string, readonly string[]> = {
  director: ['директор', 'басшы', 'руководитель', 'director', 'head'],
  'deputy-director': ['директордың орынбасары', 'директор орынбасары', 'орынбасар', 'заместитель директора', 'заместитель', 'зам директора', 'замдиректора', 'deputy director', 'deputy'],
  'head-of-department': ['бөлім басшысы', 'бөлім меңгерушісі', 'бөлімнің басшысы', 'заведующий отделом', 'заведующая отделом', 'руководитель отдела', 'начальник отдела', 'head of department'],
  methodologist: ['әдіскер', 'аға әдіскер', 'жетекші әдіскер', 'методист', 'старший методист', 'ведущий методист', 'methodologist'],
  teacher: ['мұғалім', 'педагог', 'оқытушы', 'учитель', 'преподаватель', 'teacher'],
  trainer: ['тренер', 'коуч', 'trainer', 'coach'],
  other: ['басқа', 'басқалар', 'другое', 'иное', 'прочее', 'other'],
};

const STATUS_SYNONYMS: Record<string, readonly string[]> = {
  active: ['жұмыс істейді', 'істейді', 'белсенді', 'қызметте', 'работает', 'действующий', 'действующая', 'активный', 'active', 'working'],
  leave: ['демалыста', 'декретте', 'декреттік демалыста', 'в отпуске', 'отпуск', 'декрет', 'в декрете', 'leave', 'on leave'],
  dismissed: ['жұмыстан шықты', 'жұмыстан босатылды', 'босатылды', 'шықты', 'уволен', 'уволена', 'уволился', 'уволилась', 'dismissed', 'left'],
};

const ORG_TYPE_SYNONYMS: Record<string, readonly string[]> = {
  center: ['орталық', 'білім беруді дамыту орталығы', 'әдістемелік орталық', 'центр', 'методический центр', 'центр развития образования', 'center', 'centre'],
  'district-cabinet': ['әдістемелік кабинет', 'аудандық әдістемелік кабинет', 'қалалық әдістемелік кабинет', 'методический кабинет', 'районный методический кабинет', 'городской методический кабинет', 'district cabinet'],
  school: ['мектеп', 'мектеп-гимназия', 'гимназия', 'лицей', 'школа', 'школа-гимназия', 'school'],
  'education-department': ['білім бөлімі', 'білім басқармасы', 'отдел образования', 'управление образования', 'education department'],
  cpm: ['пшо', 'педагогикалық шеберлік орталығы', 'цпм', 'центр педагогического мастерства', 'cpm'],
  'cpm-branch': ['пшо филиалы', 'филиал цпм', 'cpm branch'],
  university: ['университет', 'жоғары оқу орны', 'вуз', 'university'],
  other: ['басқа', 'другое', 'иное', 'other'],
};

const REQUESTER_SYNONYMS: Record<string, readonly string[]> = {
  teacher: ['мұғалім', 'педагог', 'учитель', 'teacher'],
  parent: ['ата-ана', 'родитель', 'родители', 'parent'],
  'district-department': ['аудандық білім бөлімі', 'білім бөлімі', 'районный отдел образования', 'отдел образования', 'district department'],
  school: ['мектеп', 'школа', 'school'],
  other: ['басқа', 'другое', 'other'],
};

/** Each region by its slug, its kk/ru/en names, and the names without «облысы» / «область» / «қаласы» / «город». */
export function regionSynonyms(): Record<string, readonly string[]> {
  const out: Record<string, string[]> = {};
  for (const r of REGIONS) {
    const n = REGION_INFO[r];
    const names = [n.kk, n.ru, n.en];
    const short = names.map((s) => s.replace(/\s*(облысы|область|қаласы|город|region)\s*/giu, ' ').trim());
    out[r] = [...names, ...short, r];
  }
  return out;
}

const enumOf = (values: readonly string[], synonyms: Record<string, readonly string[]>): FieldKind => ({ kind: 'enum', values, synonyms });

const ID_HEADERS = ['id', 'код', 'коды', 'идентификатор', 'сәйкестендіргіш', 'identifier'];

export const FIELDS: Partial<Record<CollectionName, readonly FieldDef[]>> = {
  staff: [
    { field: 'id', type: { kind: 'id' }, headers: ID_HEADERS },
    {
      field: 'name',
      type: { kind: 'text' },
      required: true,
      headers: ['т.а.ә.', 'таә', 'тегі, аты, әкесінің аты', 'тегі аты әкесінің аты', 'аты-жөні', 'толық аты-жөні', 'қызметкер', 'ф.и.о.', 'фио', 'фамилия, имя, отчество', 'фамилия имя отчество', 'сотрудник', 'name', 'full name'],
    },
    { field: 'org', type: { kind: 'ref', collection: 'organizations' }, required: true, headers: ['ұйым', 'ұйымы', 'ұйым атауы', 'мекеме', 'мекемесі', 'жұмыс орны', 'организация', 'учреждение', 'место работы', 'organization', 'organisation', 'org'] },
    { field: 'position', type: enumOf(ENUMS.position, POSITION_SYNONYMS), required: true, headers: ['лауазымы', 'лауазым', 'қызметі', 'атқаратын қызметі', 'должность', 'занимаемая должность', 'position', 'job title'] },
    { field: 'status', type: enumOf(ENUMS.staffStatus, STATUS_SYNONYMS), headers: ['мәртебесі', 'мәртебе', 'жағдайы', 'статус', 'состояние', 'status'] },
    { field: 'hired', type: { kind: 'date' }, headers: ['жұмысқа қабылданған күні', 'қабылданған күні', 'жұмысқа қабылдау күні', 'дата приёма', 'дата приема', 'дата приема на работу', 'дата поступления', 'hired', 'date hired', 'hire date'] },
    { field: 'left', type: { kind: 'date' }, headers: ['жұмыстан шыққан күні', 'босатылған күні', 'дата увольнения', 'left', 'date left'] },
    { field: 'appointed_by', type: { kind: 'ref', collection: 'orders' }, headers: ['тағайындау бұйрығы', 'приказ о назначении', 'appointed by'] },
  ],
  organizations: [
    { field: 'id', type: { kind: 'id' }, headers: ID_HEADERS },
    { field: 'name', type: { kind: 'text' }, required: true, headers: ['атауы', 'ұйым атауы', 'ұйымның атауы', 'мекеме атауы', 'наименование', 'название', 'наименование организации', 'name'] },
    { field: 'type', type: enumOf(ENUMS.orgType, ORG_TYPE_SYNONYMS), required: true, headers: ['түрі', 'ұйым түрі', 'тип', 'вид', 'тип организации', 'type'] },
    { field: 'region', type: enumOf([...REGIONS], regionSynonyms()), required: true, headers: ['облыс', 'өңір', 'область', 'регион', 'region'] },
    { field: 'district', type: { kind: 'string' }, headers: ['аудан', 'аудан/қала', 'район', 'district'] },
    { field: 'parent', type: { kind: 'ref', collection: 'organizations' }, headers: ['жоғары тұрған ұйым', 'вышестоящая организация', 'parent'] },
    { field: 'director', type: { kind: 'ref', collection: 'staff' }, headers: ['директор', 'басшы', 'басшысы', 'руководитель', 'director', 'head'] },
  ],
  requests: [
    { field: 'id', type: { kind: 'id' }, headers: ID_HEADERS },
    { field: 'for', type: { kind: 'ref', collection: 'events' }, required: true, headers: ['іс-шара', 'іс-шара коды', 'мероприятие', 'for', 'event'] },
    { field: 'requester', type: enumOf(ENUMS.requester, REQUESTER_SYNONYMS), required: true, headers: ['өтініш беруші', 'өтініш иесі', 'заявитель', 'requester'] },
    { field: 'from', type: { kind: 'text' }, headers: ['кімнен', 'от кого', 'from'] },
    { field: 'org', type: { kind: 'ref', collection: 'organizations' }, headers: ['ұйым', 'организация', 'org', 'organization'] },
    { field: 'submitted', type: { kind: 'date' }, required: true, headers: ['берілген күні', 'өтінім күні', 'дата подачи', 'дата заявки', 'submitted'] },
    { field: 'topic', type: { kind: 'text' }, headers: ['тақырыбы', 'тақырып', 'тема', 'topic'] },
  ],
};

export const IMPORTABLE = Object.keys(FIELDS) as CollectionName[];

/** Normalised value → enum value, for a field (built-in synonyms, then the mapping's). */
export function enumLookup(type: Extract<FieldKind, { kind: 'enum' }>, extra: Record<string, string> = {}): Map<string, string> {
  const m = new Map<string, string>();
  for (const v of type.values) m.set(norm(v), v);
  for (const [v, words] of Object.entries(type.synonyms)) for (const w of words) m.set(norm(w), v);
  for (const [w, v] of Object.entries(extra)) m.set(norm(w), v);
  return m;
}
