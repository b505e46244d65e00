import type { Formatter } from './types.js';
import { formatPretty } from './pretty.js';
import { formatJson } from './json.js';
import { formatGithub } from './github.js';
import { formatSarif } from './sarif.js';
import { formatJunit } from './junit.js';
import type { BinaryFormatter } from './xlsx.js';
import { formatHtml } from './html.js';

export const FORMATTERS: Record<string, Formatter> = {
  pretty: formatPretty,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  html: formatHtml,
};

/** Formats written as bytes (they need --output); each loads its library only when used. */
export const BINARY_FORMATTERS: Record<string, BinaryFormatter> = {
  xlsx: async (result, ctx) => (await import('./xlsx.js')).formatXlsx(result, ctx),
};
