/** The open-door-day docs in Kazakh, Russian and English (issue 12): see src/testing/docs-i18n.ts. */
import { moduleDocsCases } from '../../src/testing/docs-i18n.js';

await moduleDocsCases('open-door-day', 'open-door-day/request-lead-time');
