/**
 * The shipped school-year calendar (school-years.yaml beside this file's source): data users
 * update each year, never numbers in code. Settings may replace it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseYaml } from '../load/yaml.js';
import { SchoolYear } from '../engine/settings.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// src/calendar when run from source, dist/src/calendar when built: the YAML stays in src/.
const candidates = [path.join(here, 'school-years.yaml'), path.resolve(here, '../../../src/calendar/school-years.yaml')];

let cache: SchoolYear[] | null = null;

export function defaultSchoolYears(): SchoolYear[] {
  if (cache) return cache;
  const file = candidates.find((f) => fs.existsSync(f));
  if (!file) throw new Error('school-years.yaml is missing from the installation');
  const doc = parseYaml(fs.readFileSync(file, 'utf8'));
  cache = z.strictObject({ school_years: z.array(SchoolYear) }).parse(doc).school_years;
  return cache;
}
