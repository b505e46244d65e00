import type { Formatter } from './types.js';
import { formatPretty } from './pretty.js';
import { formatJson } from './json.js';
import { formatGithub } from './github.js';

export const FORMATTERS: Record<string, Formatter> = {
  pretty: formatPretty,
  json: formatJson,
  github: formatGithub,
};
