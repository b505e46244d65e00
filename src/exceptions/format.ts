/**
 * The exceptions file: `exceptions.yaml` at the data repo's root (beside ereje.yaml), or the
 * path given by `exceptions:` in the settings. Each entry accepts the findings of one rule about
 * one subject (a record id), optionally only at one field path or for one period, for a reason,
 * approved by a person of the staff on a day, until an expiry date. Keyed on ids, never on line
 * numbers or counts: editing, reordering or splitting data files leaves every entry matching.
 */
import { z } from 'zod';
import { CalDate } from '../schema/collections.js';

export const ENTRY_FIELDS = ['rule', 'subject', 'path', 'period', 'reason', 'approved_by', 'approved_on', 'decision', 'expires'] as const;
export const REQUIRED_FIELDS = ['rule', 'subject', 'reason', 'approved_by', 'approved_on', 'expires'] as const;

/** The entry as the JSON Schema (editors) describes it; the loader checks the same, field by field, with positions. */
export const ExceptionEntry = z
  .strictObject({
    rule: z.string().min(1).meta({ description: 'The rule id whose finding is accepted, e.g. open-door-day/request-lead-time (ereje rules)' }),
    subject: z.string().min(1).meta({ description: 'The finding\'s subject: the id of the record it is about' }),
    path: z.string().min(1).optional().meta({ description: 'Only findings at this field of the record (or below it), e.g. requested[2].covers' }),
    period: z.string().min(1).optional().meta({ description: 'Only findings of this period, as the rule names it, e.g. 2026-Q3' }),
    reason: z.string().min(1).meta({ description: 'Why the finding is accepted (in any language)' }),
    approved_by: z.string().min(1).meta({ description: 'Staff id of the person who approved the exception (must be in the data)' }),
    approved_on: CalDate.meta({ description: 'The day it was approved, YYYY-MM-DD' }),
    decision: z.string().min(1).optional().meta({ description: 'The order or minutes that decided it (an order id or free text)' }),
    expires: CalDate.meta({ description: 'Last day the exception is in force, YYYY-MM-DD; after it the finding is reported again' }),
  })
  .meta({ description: 'One accepted finding: what, why, who, when, until when' });

export const ExceptionsFile = z.strictObject({
  exceptions: z.array(ExceptionEntry).optional().meta({ description: 'Accepted findings (ereje baseline writes them)' }),
});

export type ExceptionFields = z.infer<typeof ExceptionEntry>;

/** The key a finding is matched on: the rule, the subject, and optionally a field path and a period. */
export interface ExceptionKey {
  rule: string;
  subject: string;
  path?: string;
  period?: string;
}

/** Does an exception's key cover a finding? A path covers itself and every field below it. */
export function covers(key: ExceptionKey, f: { rule: string; subject: string | null; field?: string; period: string | null }): boolean {
  if (key.rule !== f.rule || key.subject !== f.subject) return false;
  if (key.period !== undefined && key.period !== f.period) return false;
  if (key.path !== undefined) {
    const field = f.field ?? '';
    if (field !== key.path && !field.startsWith(`${key.path}.`) && !field.startsWith(`${key.path}[`)) return false;
  }
  return true;
}
