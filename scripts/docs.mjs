#!/usr/bin/env node
// Writes the generated reference pages under docs/ (run after a build: `npm run docs`).
// A test fails when a page and what this writes differ.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataFormatReference, settingsReference } from '../dist/src/schema/reference.js';
import { loadRegistry } from '../dist/src/engine/registry.js';
import { rulesPage } from '../dist/src/report/rules-page.js';
import { settingsJsonSchema } from '../dist/src/schema/json-schema.js';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const pages = {
  'data-format.md': dataFormatReference(),
  'settings.md': settingsReference(await loadRegistry(), settingsJsonSchema()),
  'rules.md': rulesPage(await loadRegistry()),
};
for (const [name, text] of Object.entries(pages)) {
  const file = docs + name;
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (old === text) continue;
  fs.writeFileSync(file, text);
  console.log(`wrote docs/${name}`);
}
