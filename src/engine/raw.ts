/** A finding as checks produce it: a rule, a message id with its values, and a place. */
import type { Loc } from './findings.js';
import type { RawTrace } from './trace.js';

export interface RawFinding {
  rule: string;
  messageId: string;
  /** Values for the message's placeholders. `suggestion` also fills `{hint}` ("did you mean …"). */
  data: Record<string, unknown>;
  subject: string | null;
  period?: string | null;
  loc: Loc;
  /** Other places involved (cross-record rules): shown as related locations. */
  related?: { loc: Loc; note?: string }[];
  /** Overrides the rule's clause for this finding (a rule citing several clauses). */
  clause?: string;
  /** The path of the value inside the subject's record (exceptions match on it). */
  field?: string;
  /** The why of the finding (only when the run was asked for traces). */
  trace?: RawTrace;
  /**
   * A summary line of findings left out by the cap per rule and file (engine/caps.ts): how many
   * of each message it stands for, itself included.
   */
  omitted?: Record<string, number>;
}
