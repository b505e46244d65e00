/** The official region slugs (docs/data-format.md). Kept apart from the schemas so commands can list them without loading zod. */
export const REGIONS = [
  'abai', 'akmola', 'aktobe', 'almaty-region', 'atyrau', 'east-kazakhstan', 'jambyl', 'jetisu',
  'karaganda', 'kostanay', 'kyzylorda', 'mangystau', 'north-kazakhstan', 'pavlodar', 'turkistan',
  'ulytau', 'west-kazakhstan', 'astana', 'almaty', 'shymkent',
] as const;
export type Region = (typeof REGIONS)[number];

/**
 * Official names of the regions in Kazakh, Russian and English, and their administrative
 * centres (the city line of an order, report headings). One table for every module.
 */
export const REGION_INFO: Record<Region, { kk: string; ru: string; en: string; cityKk: string; cityRu: string }> = {
  abai: { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai region', cityKk: 'Семей қаласы', cityRu: 'город Семей' },
  akmola: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola region', cityKk: 'Көкшетау қаласы', cityRu: 'город Кокшетау' },
  aktobe: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe region', cityKk: 'Ақтөбе қаласы', cityRu: 'город Актобе' },
  'almaty-region': { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty region', cityKk: 'Қонаев қаласы', cityRu: 'город Конаев' },
  atyrau: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau region', cityKk: 'Атырау қаласы', cityRu: 'город Атырау' },
  'east-kazakhstan': { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan region', cityKk: 'Өскемен қаласы', cityRu: 'город Усть-Каменогорск' },
  jambyl: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Jambyl region', cityKk: 'Тараз қаласы', cityRu: 'город Тараз' },
  jetisu: { kk: 'Жетісу облысы', ru: 'область Жетісу', en: 'Jetisu region', cityKk: 'Талдықорған қаласы', cityRu: 'город Талдыкорган' },
  karaganda: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda region', cityKk: 'Қарағанды қаласы', cityRu: 'город Караганда' },
  kostanay: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay region', cityKk: 'Қостанай қаласы', cityRu: 'город Костанай' },
  kyzylorda: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda region', cityKk: 'Қызылорда қаласы', cityRu: 'город Кызылорда' },
  mangystau: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau region', cityKk: 'Ақтау қаласы', cityRu: 'город Актау' },
  'north-kazakhstan': { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan region', cityKk: 'Петропавл қаласы', cityRu: 'город Петропавловск' },
  pavlodar: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar region', cityKk: 'Павлодар қаласы', cityRu: 'город Павлодар' },
  turkistan: { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan region', cityKk: 'Түркістан қаласы', cityRu: 'город Туркестан' },
  ulytau: { kk: 'Ұлытау облысы', ru: 'область Ұлытау', en: 'Ulytau region', cityKk: 'Жезқазған қаласы', cityRu: 'город Жезказган' },
  'west-kazakhstan': { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan region', cityKk: 'Орал қаласы', cityRu: 'город Уральск' },
  astana: { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana', cityKk: 'Астана қаласы', cityRu: 'город Астана' },
  almaty: { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty', cityKk: 'Алматы қаласы', cityRu: 'город Алматы' },
  shymkent: { kk: 'Шымкент қаласы', ru: 'город Шымкент', en: 'Shymkent', cityKk: 'Шымкент қаласы', cityRu: 'город Шымкент' },
};

/** A region's name in kk, ru and en (the slug itself when unknown). */
export function regionName(slug: string): { kk: string; ru: string; en: string } {
  const n = (REGION_INFO as Record<string, { kk: string; ru: string; en: string }>)[slug];
  return n ? { kk: n.kk, ru: n.ru, en: n.en } : { kk: slug, ru: slug, en: slug };
}
