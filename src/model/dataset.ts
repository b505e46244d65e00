/**
 * The merged data of a run: every valid record by collection, an id index, and the derived
 * indexes rules need (built once, on first use), so no rule has to scan a collection per
 * record. Records are the user's own objects; their positions hang on them (positions.ts).
 */
import type {
  CollectionName,
  Landing,
  Network,
  OpenDoorDay,
  Order,
  Organization,
  RecordTypes,
  Request,
  Staff,
  WorkPlan,
} from '../schema/collections.js';
import { COLLECTIONS } from '../schema/collections.js';
import { LOC, locCollection, locFile, locIndex, offsetOf, LineIndex, type PathSeg } from '../load/positions.js';
import { parsePositionedOrNull } from '../load/yaml.js';
import type { Loc } from '../engine/findings.js';

export interface SourceFile {
  abs: string;
  display: string;
  text: string | null;
  lines: LineIndex | null;
}

export interface IndexEntry {
  collection: CollectionName;
  rec: Record<string, unknown>;
  valid: boolean;
}

type Located = { [LOC]?: number };

/** The id index, seen as entries ({ collection, rec, valid }) made on demand. */
export interface IdIndex {
  get(id: string): IndexEntry | undefined;
  has(id: string): boolean;
  readonly size: number;
  [Symbol.iterator](): IterableIterator<[string, IndexEntry]>;
}

export interface PlanEntryRef {
  plan: WorkPlan;
  entry: NonNullable<WorkPlan['entries']>[number];
  index: number;
}

/** One period of heading an organization. */
export interface HeadTerm {
  staff: string;
  from?: string;
  to?: string;
  acting: boolean;
  /** Taken from `director` / position director because the organization records no `heads:`. */
  inferred: boolean;
}

export class Dataset {
  readonly organizations: Organization[] = [];
  readonly staff: Staff[] = [];
  readonly requests: Request[] = [];
  readonly orders: Order[] = [];
  readonly work_plans: WorkPlan[] = [];
  readonly open_door_days: OpenDoorDay[] = [];
  readonly landings: Landing[] = [];
  readonly networks: Network[] = [];

  /**
   * First record of each id (valid or not). Records only: the collection is packed in the
   * record's LOC and the few invalid ones sit in a set, so national data costs one map entry
   * a record and no other object.
   */
  private readonly recs = new Map<string, Record<string, unknown>>();
  private readonly invalid = new WeakSet<object>();
  private readonly dups = new Map<string, Record<string, unknown>[]>();
  /** Records not in a collection's list: the invalid ones (with an id) and repeated ids. */
  private readonly unlisted: Record<string, unknown>[] = [];
  recordCount = 0;

  constructor(readonly files: SourceFile[]) {}

  collection<C extends CollectionName>(c: C): RecordTypes[C][] {
    return this[c] as unknown as RecordTypes[C][];
  }

  add(collection: CollectionName, rec: Record<string, unknown>, valid: boolean): void {
    const id = rec.id as string;
    if (!valid) this.invalid.add(rec);
    if ((rec as Located)[LOC] === undefined) (rec as Located)[LOC] = COLLECTIONS.indexOf(collection) * 2 ** 24;
    const prev = this.recs.get(id);
    if (!valid || prev !== undefined) this.unlisted.push(rec);
    if (prev !== undefined) {
      const list = this.dups.get(id);
      if (list) list.push(rec);
      else this.dups.set(id, [prev, rec]);
      return; // the first one stays the one references resolve to
    }
    this.recs.set(id, rec);
    if (valid) (this[collection] as unknown as Record<string, unknown>[]).push(rec);
  }

  /** Every record read that is not in a collection's list: invalid ones that carry an id, and the second and later records of an id. */
  unlistedRecords(): readonly Record<string, unknown>[] {
    return this.unlisted;
  }

  /** The collection a record belongs to. */
  collectionOf(rec: object): CollectionName {
    return COLLECTIONS[locCollection((rec as Located)[LOC] ?? 0)];
  }
  isValid(rec: object): boolean {
    return !this.invalid.has(rec);
  }
  /** The first record with this id, valid or not (fast: no entry object). */
  lookup(id: string): Record<string, unknown> | undefined {
    return this.recs.get(id);
  }

  private entryOf(rec: Record<string, unknown>): IndexEntry {
    return { collection: this.collectionOf(rec), rec, valid: this.isValid(rec) };
  }

  /** The id index as entries. */
  get byId(): IdIndex {
    const self = this;
    return {
      get: (id) => {
        const rec = self.recs.get(id);
        return rec === undefined ? undefined : self.entryOf(rec);
      },
      has: (id) => self.recs.has(id),
      get size() {
        return self.recs.size;
      },
      *[Symbol.iterator]() {
        for (const [id, rec] of self.recs) yield [id, self.entryOf(rec)] as [string, IndexEntry];
      },
    };
  }

  /** Ids seen more than once, with every record that carries them. */
  get duplicates(): Map<string, IndexEntry[]> {
    return new Map([...this.dups].map(([id, recs]) => [id, recs.map((r) => this.entryOf(r))]));
  }

  /** A valid record of a collection by id. */
  get<C extends CollectionName>(c: C, id: string | null | undefined): RecordTypes[C] | undefined {
    if (!id) return undefined;
    const rec = this.recs.get(id);
    if (rec === undefined || this.invalid.has(rec)) return undefined;
    return COLLECTIONS[locCollection((rec as Located)[LOC] ?? 0)] === c ? (rec as unknown as RecordTypes[C]) : undefined;
  }

  org(id: string | null | undefined): Organization | undefined {
    return this.get('organizations', id);
  }
  person(id: string | null | undefined): Staff | undefined {
    return this.get('staff', id);
  }
  order(id: string | null | undefined): Order | undefined {
    return this.get('orders', id);
  }

  /** The region of an organization (the place of its staff and its events). */
  regionOf(orgId: string | null | undefined): string | undefined {
    return this.org(orgId)?.region;
  }

  // ---- derived indexes, built on first use ----
  private memo = new Map<string, unknown>();
  private once<T>(key: string, build: () => T): T {
    let v = this.memo.get(key) as T | undefined;
    if (v === undefined) {
      v = build();
      this.memo.set(key, v);
    }
    return v;
  }

  private groupBy<T>(key: string, items: readonly T[], by: (t: T) => string | null | undefined | readonly (string | null | undefined)[]): Map<string, T[]> {
    return this.once(key, () => {
      const m = new Map<string, T[]>();
      for (const it of items) {
        const k = by(it);
        const keys = Array.isArray(k) ? k : [k];
        for (const kk of keys) {
          if (typeof kk !== 'string') continue;
          const list = m.get(kk);
          if (list) list.push(it);
          else m.set(kk, [it]);
        }
      }
      return m;
    });
  }

  staffOf(orgId: string): readonly Staff[] {
    return this.groupBy('staffByOrg', this.staff, (s) => s.org).get(orgId) ?? [];
  }
  requestsFor(eventId: string): readonly Request[] {
    return this.groupBy('requestsByFor', this.requests, (r) => r.for).get(eventId) ?? [];
  }
  ordersAbout(subjectId: string): readonly Order[] {
    return this.groupBy('ordersBySubject', this.orders, (o) => o.subject).get(subjectId) ?? [];
  }
  orgsIn(region: string): readonly Organization[] {
    return this.groupBy('orgsByRegion', this.organizations, (o) => o.region).get(region) ?? [];
  }
  eventsOf(orgId: string): readonly OpenDoorDay[] {
    return this.groupBy('oddByOrganizer', this.open_door_days, (e) => e.organizer).get(orgId) ?? [];
  }
  landingsOf(orgId: string): readonly Landing[] {
    return this.groupBy('landingsByOrganizer', this.landings, (l) => l.organizer).get(orgId) ?? [];
  }
  plansOf(orgId: string): readonly WorkPlan[] {
    return this.groupBy('plansByOrg', this.work_plans, (p) => p.org).get(orgId) ?? [];
  }
  networksIn(region: string): readonly Network[] {
    return this.groupBy('networksByRegion', this.networks, (n) => n.region).get(region) ?? [];
  }
  networksWithPartner(orgId: string): readonly Network[] {
    return this.groupBy('networksByPartner', this.networks, (n) => n.partners ?? []).get(orgId) ?? [];
  }
  networksLedBy(orgId: string): readonly Network[] {
    return this.groupBy('networksByLeading', this.networks, (n) => n.leading).get(orgId) ?? [];
  }
  planEntriesFor(eventId: string): readonly PlanEntryRef[] {
    return (
      this.once('planEntries', () => {
        const m = new Map<string, PlanEntryRef[]>();
        for (const plan of this.work_plans) {
          (plan.entries ?? []).forEach((entry, index) => {
            const list = m.get(entry.event);
            const ref = { plan, entry, index };
            if (list) list.push(ref);
            else m.set(entry.event, [ref]);
          });
        }
        return m;
      }).get(eventId) ?? []
    );
  }

  // ---- people in time (catalog v2: judged as things stood on the record's date) ----

  /**
   * The head terms of an organization: its `heads:` when recorded; otherwise (no history) its
   * `director` and every staff member of it with position director, whatever their status today,
   * each taken as a head of some time (bounded by their `hired`/`left` where known), marked
   * `inferred` so a finding can ask the user to record `heads:`.
   */
  headTerms(orgId: string | null | undefined): readonly HeadTerm[] {
    if (!orgId) return [];
    const memo = this.once('headTerms', () => new Map<string, HeadTerm[]>());
    let terms = memo.get(orgId);
    if (terms) return terms;
    const org = this.org(orgId);
    terms = [];
    if (org?.heads && org.heads.length > 0) {
      for (const h of org.heads) terms.push({ staff: h.staff, from: h.from, to: h.to, acting: h.acting === true, inferred: false });
    } else if (org) {
      const seen = new Set<string>();
      const add = (id: string) => {
        if (seen.has(id)) return;
        seen.add(id);
        const p = this.person(id);
        terms!.push({ staff: id, from: p?.hired, to: p?.left, acting: false, inferred: true });
      };
      if (org.director) add(org.director);
      for (const s of this.staffOf(org.id)) if (s.position === 'director') add(s.id);
    }
    memo.set(orgId, terms);
    return terms;
  }

  /** Does the organization record who headed it when (`heads:`)? */
  hasHeadHistory(orgId: string | null | undefined): boolean {
    return !!this.org(orgId)?.heads?.length;
  }

  /** Everyone heading the organization on a day: its head and any acting head (acting first). */
  headsOn(orgId: string | null | undefined, date: string): HeadTerm[] {
    const on = this.headTerms(orgId).filter((t) => (t.from === undefined || t.from <= date) && (t.to === undefined || date <= t.to));
    return on.sort((a, b) => Number(b.acting) - Number(a.acting));
  }

  /** Who headed the organization on a day: the acting head while one acts, else the head. */
  headOn(orgId: string | null | undefined, date: string): HeadTerm | undefined {
    return this.headsOn(orgId, date)[0];
  }

  /** Was this person a head (or acting head) of the organization on that day? */
  isHeadOn(staffId: string | null | undefined, orgId: string | null | undefined, date: string): HeadTerm | undefined {
    if (!staffId) return undefined;
    return this.headsOn(orgId, date).find((t) => t.staff === staffId);
  }

  /**
   * Was this person staff of the organization on that day (between `hired` and `left`)?
   * Someone `dismissed` with no `left` date may have been staff on any earlier day: given the
   * benefit of the doubt here (a rule must not call a record a breach on missing data).
   */
  isStaffOn(staffId: string | null | undefined, orgId: string | null | undefined, date: string): boolean {
    const p = this.person(staffId);
    if (!p || !orgId || p.org !== orgId) return false;
    if (p.hired !== undefined && date < p.hired) return false;
    if (p.left !== undefined && date > p.left) return false;
    return true;
  }

  /**
   * The organization's staff on a day, for lists (an order's acquaintance list, all staff of
   * 3.2): between `hired` and `left`; someone `dismissed` with no `left` date is left out, since
   * when they left is unknown.
   */
  staffOn(orgId: string, date: string): Staff[] {
    return this.staffOf(orgId).filter((s) => this.isStaffOn(s.id, orgId, date) && !(s.status === 'dismissed' && s.left === undefined));
  }

  /** Orders about a record: by `subject` or listed in `subjects`. */
  ordersRegulating(subjectId: string): readonly Order[] {
    return this.groupBy('ordersBySubjects', this.orders, (o) => (o.subjects?.length ? [o.subject, ...o.subjects] : o.subject)).get(subjectId) ?? [];
  }

  // ---- positions ----
  /** Where a record (or a value inside it, by path) is: resolved to line:col only when printed. */
  locate(rec: object, path: readonly PathSeg[] = [], key = false): Loc {
    const loc = (rec as Located)[LOC] ?? 0;
    return { file: locFile(loc), path: [COLLECTIONS[locCollection(loc)], locIndex(loc), ...path], key };
  }

  /** Each file parsed once more with positions, when a finding in it is printed. */
  private positioned = new Map<number, unknown>();
  /** Offsets resolved elsewhere (worker threads), by file and path. */
  private offsets = new Map<number, Map<string, number>>();

  setOffsets(file: number, list: readonly { path: readonly PathSeg[]; key: boolean; offset: number }[]): void {
    let m = this.offsets.get(file);
    if (!m) this.offsets.set(file, (m = new Map()));
    for (const x of list) m.set(pathKey(x.path, x.key), x.offset);
  }

  /** Places resolved to line and column without the file's text (slices.ts), by file and path. */
  private lineCols = new Map<number, Map<string, { line: number; column: number }>>();

  setLineCols(file: number, list: readonly { path: readonly PathSeg[]; key: boolean; line: number; column: number }[]): void {
    let m = this.lineCols.get(file);
    if (!m) this.lineCols.set(file, (m = new Map()));
    for (const x of list) m.set(pathKey(x.path, x.key), { line: x.line, column: x.column });
  }

  /** The file parsed with positions (once; null if it cannot be). */
  positionsOf(file: number): unknown {
    if (this.positioned.has(file)) return this.positioned.get(file);
    const text = this.files[file]?.text;
    const doc = text != null ? parsePositionedOrNull(text) : null;
    this.positioned.set(file, doc);
    return doc;
  }

  /** 1-based line and column of a place. */
  lineCol(loc: Loc): { line: number; column: number } {
    if ('line' in loc) return { line: loc.line, column: loc.column };
    if (!('offset' in loc)) {
      const resolved = this.lineCols.get(loc.file)?.get(pathKey(loc.path, loc.key ?? false));
      if (resolved) return { ...resolved };
    }
    const f = this.files[loc.file];
    if (!f || !f.lines) return { line: 1, column: 1 };
    if ('offset' in loc) return f.lines.lineCol(loc.offset);
    const known = this.offsets.get(loc.file)?.get(pathKey(loc.path, loc.key ?? false));
    const offset = known ?? offsetOf(this.positionsOf(loc.file), loc.path, 0, loc.key ?? false);
    return f.lines.lineCol(offset);
  }

  static readonly collections = COLLECTIONS;
}

function pathKey(path: readonly PathSeg[], key: boolean): string {
  return (key ? 'k:' : 'v:') + path.join('\u0000');
}
