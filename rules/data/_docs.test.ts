/** The data docs in Kazakh, Russian and English (issue 12): see src/testing/docs-i18n.ts. */
import { moduleDocsCases } from '../../src/testing/docs-i18n.js';

await moduleDocsCases('data', 'data/schema');
