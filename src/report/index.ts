import type { Formatter } from './types.js';
import { formatPretty } from './pretty.js';
import { formatJson } from './json.js';
import { formatGithub } from './github.js';
import { formatSarif } from './sarif.js';
import { formatJunit } from './junit.js';
import { formatHtml } from './html.js';

export const FORMATTERS: Record<string, Formatter> = {
  pretty: formatPretty,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  html: formatHtml,
};
