import { ruleFor } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';
import { COLLECTIONS, referenceRegistry, type CollectionName } from '../../src/schema/collections.js';
import { each, patternsByCollection } from '../../src/schema/walk.js';
import { fieldPath } from '../../src/schema/issues.js';
import { suggest } from '../../src/core/suggest.js';

const REFS = patternsByCollection(referenceRegistry);
/** Suggesting from a very large collection costs more than it helps. */
const MAX_SUGGEST_POOL = 20_000;

export default ruleFor<Dataset>()({
  id: 'data/unknown-reference',
  clauses: [],
  severity: 'error',
  subject: { kk: 'сілтеме жасайтын жазба', ru: 'ссылающаяся запись', en: 'referring record' },
  alwaysOn: true,
  messages: {
    unknown: {
      kk: '{field}: «{id}» id-і бар {expected} жоқ{hint}',
      ru: '{field}: нет записи «{id}» в {expected}{hint}',
      en: '{field}: no record "{id}" in {expected}{hint}',
    },
    wrongCollection: {
      kk: '{field}: «{id}» — {actual} жазбасы, ал мұнда {expected} керек',
      ru: '{field}: «{id}» — запись из {actual}, а здесь нужна из {expected}',
      en: '{field}: "{id}" is a record of {actual}, but this field names one of {expected}',
    },
  },
  docs: {
    summary: {
      kk: 'Әр сілтеме өріс күтетін жинақтағы бар жазбаны атауы керек (ұйымдастырушы — ұйым, жауапты тұлға — қызметкер, бұйрық — бұйрық).',
      ru: 'Каждая ссылка называет существующую запись той коллекции, которую ожидает поле (организатор — организация, ответственный — сотрудник, приказ — приказ).',
      en: 'Every reference names an existing record of the collection the field expects (an organizer is an organization, a lead is staff, an order is an order).',
    },
    details: {
      kk: 'Схемадан өтпеген жазба да бар деп саналады, сондықтан бір жазбадағы қате бір рет қана хабарланады, оған сілтеме жасайтын әр жазбада қайталанбайды.',
      ru: 'Запись, не прошедшая проверку схемы, всё равно считается существующей, поэтому опечатка в одной записи отмечается один раз, а не снова в каждой записи, которая на неё ссылается.',
      en: 'A record that failed the schema still counts as existing, so a typo in one record is reported once, not again at every record that points at it.',
    },
    examples: {
      pass: 'organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan }\nstaff:\n  - { id: s1, name: "А. Бекова", org: tur-bdo, position: director }\n',
      fail: 'staff:\n  - { id: s1, name: "А. Бекова", org: tur-bdoo, position: director }   # no such organization\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    const idsOf = new Map<CollectionName, string[]>();
    const pool = (c: CollectionName) => {
      let ids = idsOf.get(c);
      if (!ids) {
        ids = [];
        for (const r of data.collection(c) as unknown as { id: string }[]) ids.push(r.id);
        idsOf.set(c, ids);
      }
      return ids;
    };
    for (const c of COLLECTIONS) {
      const refs = REFS[c];
      for (const rec of data.collection(c) as unknown as Record<string, unknown>[]) {
        for (const { pattern, meta } of refs) {
          const wanted = meta.collections;
          const any = wanted.includes('*');
          each(rec, pattern, (value, pathOf) => {
            if (typeof value !== 'string') return;
            const target = data.lookup(value);
            if (target !== undefined && (any || wanted.includes(data.collectionOf(target)))) return;
            const expected = any ? 'any collection' : wanted.join(' | ');
            const subject = rec.id as string;
            const path = pathOf();
            if (target !== undefined) {
              const actual = data.collectionOf(target);
              ctx.report({ messageId: 'wrongCollection', subject, at: rec, path, data: { field: fieldPath(path), id: value, actual, expected }, related: [{ at: target, path: ['id'], note: `${actual}: ${value}` }] });
              return;
            }
            let suggestion: string | undefined;
            // Counted before any list is made: the bench's 355,000 staff ids were gathered and
            // copied for each unknown staff reference only to be found too many (≈ 0.1 s a run).
            const count = any ? 0 : wanted.reduce((n, w) => n + data.collection(w as CollectionName).length, 0);
            if (count > 0 && count <= MAX_SUGGEST_POOL) suggestion = suggest(value, wanted.flatMap((w) => pool(w as CollectionName)));
            ctx.report({ messageId: 'unknown', subject, at: rec, path, data: { field: fieldPath(path), id: value, expected, suggestion } });
          });
        }
      }
    }
  },
});
