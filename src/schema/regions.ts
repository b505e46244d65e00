/** The official region slugs (data-format.md). Kept apart from the schemas so commands can list them without loading zod. */
export const REGIONS = [
  'abai', 'akmola', 'aktobe', 'almaty-region', 'atyrau', 'east-kazakhstan', 'jambyl', 'jetisu',
  'karaganda', 'kostanay', 'kyzylorda', 'mangystau', 'north-kazakhstan', 'pavlodar', 'turkistan',
  'ulytau', 'west-kazakhstan', 'astana', 'almaty', 'shymkent',
] as const;
export type Region = (typeof REGIONS)[number];
