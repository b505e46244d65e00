/**
 * Values with no Russian text placed in a Russian document. A document's preparation runs with a
 * collector open; `txt` notes each value it had to take in Kazakh; the warning names the value,
 * its record and field (found once per dataset by walking the records), so a secretary knows
 * what to translate. Settings choose what happens: print the Kazakh (default) or refuse.
 */
import type { Dataset } from '../model/dataset.js';
import type { DocLang } from './grammar.js';

const KAZAKH_ONLY = /[ӘҒҚҢӨҰҮҺІәғқңөұүһі]/;

let collector: Set<string> | null = null;

/** Runs `build` and returns what it returns and the texts it took in Kazakh for a Russian document. */
export function collectUntranslated<T>(build: () => T): { value: T; texts: string[] } {
  const outer = collector;
  const mine = new Set<string>();
  collector = mine;
  try {
    return { value: build(), texts: [...mine] };
  } finally {
    collector = outer;
  }
}

/** Called by txt(): the value as given, the language asked for, the text chosen. */
export function noteText(t: string | { kk?: string; ru?: string } | null | undefined, lang: DocLang, chosen: string): void {
  if (!collector || lang !== 'ru' || !chosen) return;
  const kazakh = typeof t === 'string' ? KAZAKH_ONLY.test(t) : !!t && t.ru === undefined && t.kk !== undefined;
  if (kazakh) collector.add(chosen);
}

export interface UntranslatedPlace {
  text: string;
  id: string;
  field: string;
  file: string;
}

const index = new WeakMap<Dataset, Map<string, { id: string; field: string; file: string }>>();

/** Where each Kazakh-only text of the data is: the first record and field that holds it. */
export function placeOf(data: Dataset, text: string): { id: string; field: string; file: string } | undefined {
  let m = index.get(data);
  if (!m) {
    m = new Map();
    for (const c of ['organizations', 'staff', 'requests', 'orders', 'work_plans', 'open_door_days', 'landings', 'networks'] as const) {
      for (const rec of data.collection(c) as readonly { id?: string }[]) {
        const file = data.files[data.locate(rec).file]?.display ?? '';
        const walk = (v: unknown, field: string) => {
          if (typeof v === 'string') {
            if (KAZAKH_ONLY.test(v) && !m!.has(v.trim())) m!.set(v.trim(), { id: rec.id ?? '?', field, file });
          } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${field}[${i}]`));
          else if (v && typeof v === 'object') {
            const o = v as Record<string, unknown>;
            if (typeof o.kk === 'string' && o.ru === undefined) walk(o.kk, field);
            else for (const [k, x] of Object.entries(o)) if (k !== 'kk' && k !== 'ru') walk(x, field ? `${field}.${k}` : k);
          }
        };
        walk(rec, '');
      }
    }
    index.set(data, m);
  }
  return m.get(text.trim());
}
