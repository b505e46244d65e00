/**
 * exceptions/* — the exceptions file (exceptions.yaml beside ereje.yaml): decisions, each with a
 * reason, an approver and an expiry date, to accept a known finding for a while. Not a
 * regulation: what a run says about the file itself. Always on (use --no-exceptions to ignore
 * the file for one run). The findings come from src/exceptions, not from a `check`.
 */
import { defineModule } from '../../src/engine/rule.js';

export default defineModule<null>({
  name: 'exceptions',
  regulation: 'ereje-exceptions',
  title: {
    kk: 'Ерекшеліктер файлы (ereje)',
    ru: 'Файл исключений (ereje)',
    en: 'The exceptions file (ereje)',
  },
  source: 'README.md',
  regions: 'all',
  from: null,
  clauses: {},
  view: () => null,
  count: () => 0,
});
