/** The landing docs in Kazakh, Russian and English (issue 12): see src/testing/docs-i18n.ts. */
import { moduleDocsCases } from '../../src/testing/docs-i18n.js';

await moduleDocsCases('landing', 'landing/review-window');
