import type { Formatter } from './types.js';
import { formatPretty, streamPretty } from './pretty.js';
import { formatJson, streamJson } from './json.js';
import { formatGithub, streamGithub } from './github.js';
import { formatSarif, streamSarif } from './sarif.js';
import { formatJunit, streamJunit } from './junit.js';
import type { StreamFormatter } from './stream.js';
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

/** The same formats, as chunks of text written as they are made (what `validate` uses). */
export const STREAMERS: Record<string, StreamFormatter> = {
  pretty: streamPretty,
  json: streamJson,
  sarif: streamSarif,
  junit: streamJunit,
  github: streamGithub,
  // One self-contained page (its data inline): made whole, written as one chunk.
  html: (result, ctx) => [formatHtml(result, ctx)],
};
