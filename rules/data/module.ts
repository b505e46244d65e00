/**
 * data/* — reading the files. Not a regulation: the data format itself
 * (docs/data-format.md). Always on, everywhere, for every record.
 */
import { defineModule } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';

export default defineModule<Dataset>({
  name: 'data',
  regulation: 'ereje-data-format',
  title: {
    kk: 'Деректер форматы (ereje)',
    ru: 'Формат данных (ereje)',
    en: 'The ereje data format',
  },
  source: 'docs/data-format.md',
  regions: 'all',
  from: null,
  clauses: {},
  view: (data) => data,
  count: (data) => data.recordCount,
});
