/**
 * The data format users write (docs/data-format.md, generated from these) as zod schemas.
 *
 * One definition feeds three things: the loader's checks (data/schema), the JSON Schema that
 * editors use (`ereje schema`), and the reference and text tables that data/unknown-reference
 * and data/mixed-script walk (kept in private registries so they never leak into the
 * published JSON Schema).
 */
import { z } from 'zod';
import { isValidIsoDate } from '../core/dates.js';

export const COLLECTIONS = [
  'organizations',
  'staff',
  'requests',
  'orders',
  'work_plans',
  'open_door_days',
  'landings',
  'networks',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

import { REGIONS, type Region } from './regions.js';
export { REGIONS, type Region };

export const ENUMS = {
  orgType: ['center', 'district-cabinet', 'school', 'education-department', 'cpm', 'cpm-branch', 'university', 'other'],
  position: ['director', 'deputy-director', 'head-of-department', 'methodologist', 'teacher', 'trainer', 'other'],
  staffStatus: ['active', 'leave', 'dismissed'],
  certificateProgram: ['level-1', 'level-2', 'level-3', 'school-leaders', 'trainer'],
  certificateIssuer: ['cambridge', 'cpm', 'other'],
  requester: ['teacher', 'parent', 'district-department', 'school', 'other'],
  signedAs: ['head', 'acting'],
  orderType: ['open-door-day', 'landing-composition', 'leading-school-designation', 'qualification-plan', 'appointment', 'other'],
  eventStatus: ['planned', 'held', 'cancelled'],
  basis: ['requests', 'work-plan'],
  advertising: ['media', 'website', 'virtual-cabinet', 'social-media', 'other'],
  activity: ['lesson', 'educational-event', 'innovation-showcase', 'open-microphone', 'teleconference', 'round-table', 'consultation', 'exhibition', 'other'],
  speakerCategory: ['methodologist', 'experienced-teacher', 'university-lecturer', 'school-head', 'qualification-org', 'social-partner', 'other'],
  initiatorRole: ['center-head', 'school-head', 'community-head', 'other'],
  landingForm: ['consultative', 'diagnostic', 'methodological', 'organizational-pedagogical'],
  direction: ['documents', 'teaching-quality', 'knowledge-gaps', 'research', 'teacher-mastery', 'upbringing'],
} as const;

/** What data/unknown-reference checks: the collections an id field may name ('*' = any). */
export const referenceRegistry = z.registry<{ collections: readonly (CollectionName | '*')[] }>();
/** Human text fields, checked by data/mixed-script. */
export const textRegistry = z.registry<{ text: true }>();
/** Calendar date fields. */
export const dateRegistry = z.registry<{ date: true }>();

export const ID_RE = /^[a-z0-9][a-z0-9._-]*$/;

const idString = () =>
  z.string().regex(ID_RE, { error: 'id' });

export const Id = idString().meta({ description: 'Record id: lower-case ASCII letters, digits, ".", "_" or "-", starting with a letter or digit.' });

function ref(collections: readonly (CollectionName | '*')[], description: string) {
  const s = idString().meta({ description });
  referenceRegistry.add(s, { collections });
  return s;
}
const orgRef = (d = 'An organization id') => ref(['organizations'], d);
const staffRef = (d = 'A staff id') => ref(['staff'], d);

/** Real calendar days only (month lengths, leap years): what JSON Schema editors check as you type. */
export const DATE_PATTERN =
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

export const CalDate = z
  .string()
  .refine(isValidIsoDate, { error: 'date' })
  .meta({ description: 'A calendar date, YYYY-MM-DD (no time, no time zone)', pattern: DATE_PATTERN, format: 'date' });
dateRegistry.add(CalDate, { date: true });

export const Period = z
  .strictObject({ from: CalDate, to: CalDate })
  .refine((p) => p.from <= p.to, { error: 'period-order', path: ['to'] })
  .meta({ description: 'A period, both ends inclusive' });

export const Text = z
  .union([
    z.string(),
    z.strictObject({
      kk: z.string().optional().meta({ description: 'In Kazakh' }),
      ru: z.string().optional().meta({ description: 'In Russian' }),
    }),
  ])
  .meta({ description: 'Human text: a string, or { kk: …, ru: … } with either or both official languages' });
textRegistry.add(Text, { text: true });

const en = <T extends readonly [string, ...string[]]>(values: T, description: string) => z.enum(values).meta({ description });

export const Organization = z.strictObject({
  id: Id,
  type: en(ENUMS.orgType, 'Kind of organization'),
  name: Text,
  region: en(REGIONS, 'Official region slug'),
  district: z.string().nullable().optional().meta({ description: 'District, for district cabinets and schools' }),
  parent: orgRef('Parent organization id').nullable().optional(),
  director: staffRef('Staff id of its head today (a shorthand; `heads` says who headed it when)').nullable().optional(),
  heads: z
    .array(
      z.strictObject({
        staff: staffRef('The head (a staff id of this organization)'),
        from: CalDate.optional().meta({ description: 'First day as head (open: since before the data begins)' }),
        to: CalDate.optional().meta({ description: 'Last day as head (open: still heading it)' }),
        acting: z.boolean().optional().meta({ description: 'An acting head (міндетін атқарушы, м.а. / исполняющий обязанности, и.о.)' }),
      }),
    )
    .optional()
    .meta({ description: 'Who headed it when: periods inclusive; an acting head may sit inside a head\'s period' }),
});

export const Staff = z.strictObject({
  id: Id,
  name: Text,
  org: orgRef('The organization the person works at'),
  position: en(ENUMS.position, 'Position'),
  status: en(ENUMS.staffStatus, 'Employment status (default active)').optional(),
  hired: CalDate.optional(),
  left: CalDate.optional().meta({ description: 'Last working day: the person is staff between `hired` and `left`' }),
  phone: z
    .string()
    .min(1)
    .max(40)
    .optional()
    .meta({ description: 'Work phone as printed in the executor mark of an order, e.g. "8 (7252) 53-12-40"' }),
  appointed_by: ref(['orders'], 'Order id appointing this head').nullable().optional(),
  qualification: z
    .array(
      z.strictObject({
        course: Text.optional().meta({ description: 'The course\'s name: a string, or { kk, ru } so that a Russian document prints it in Russian' }),
        provider: Text.optional().meta({ description: 'Who gave the course, e.g. "Өрлеу", or { kk, ru } as the course' }),
        completed: CalDate.optional(),
        hours: z.number().nonnegative().optional().meta({ description: 'Length of the course in hours' }),
      }),
    )
    .optional()
    .meta({ description: 'Completed qualification-improvement courses' }),
  certificates: z
    .array(
      z.strictObject({
        program: en(ENUMS.certificateProgram, 'Programme').optional(),
        issuer: en(ENUMS.certificateIssuer, 'Issuer').optional(),
        date: CalDate.optional(),
      }),
    )
    .optional()
    .meta({ description: 'Certificates (level-1/2/3, school leaders, trainer) with their issuer and date' }),
});

export const Request = z.strictObject({
  id: Id,
  for: ref(['open_door_days', 'landings'], 'The open door day or landing it asks for'),
  requester: en(ENUMS.requester, 'Who asks'),
  from: Text.optional(),
  org: orgRef('Organization id of the requester').nullable().optional(),
  submitted: CalDate,
  topic: Text.optional(),
});

export const Order = z.strictObject({
  id: Id,
  number: z.union([z.string().min(1), z.number()]).meta({ description: 'Order number as printed, e.g. "15-н"' }),
  date: CalDate,
  issuer: orgRef('Issuing organization'),
  signed_by: staffRef('Who signed it').nullable().optional(),
  signed_as: en(ENUMS.signedAs, 'head (default) or acting: signed by an acting head (м.а. / и.о.)').optional(),
  type: en(ENUMS.orderType, 'Kind of order'),
  subject: ref(['*'], 'The record it regulates (event, network, plan, organization)').nullable().optional(),
  subjects: z.array(ref(['*'], 'A record it regulates')).optional().meta({ description: 'The records it regulates, when there are several (e.g. one order, two landings)' }),
  title: Text.optional(),
  city: Text.optional(),
  members: z.array(staffRef('An approved member')).optional().meta({ description: 'Landing-composition orders: the approved members (staff ids)' }),
  points: z
    .array(
      z.strictObject({
        text: Text.meta({ description: 'The point, in the jussive («… өткізілсін», «Провести …»)' }),
        executor: staffRef('Who carries the point out').optional(),
        deadline: CalDate.optional(),
      }),
    )
    .optional()
    .meta({ description: "This order's own extra points (printed before the control point), each with its executor and deadline" }),
  appendix: z.boolean().optional().meta({ description: 'true: the programme or the list goes to an appendix page («… қосымшаға сәйкес бекітілсін») with the appendix mark; false: it stays in the text; absent: it goes there when longer than render.appendix_rows (10)' }),
  visas: z.array(staffRef('Who approves the draft (visa)')).optional().meta({ description: 'Approval visas: who agreed the draft (Келісілді / Согласовано)' }),
  executor: staffRef('Who prepared the order (the executor mark at the foot of its last page)').optional(),
});

export const WorkPlan = z.strictObject({
  id: Id,
  org: orgRef('The organization whose plan it is'),
  title: Text.optional(),
  period: Period,
  approved: z.strictObject({ by: staffRef('Who approved it'), date: CalDate }).optional().meta({ description: 'Who approved the plan and when' }),
  entries: z
    .array(
      z.strictObject({
        event: ref(['open_door_days', 'landings'], 'The planned event'),
        window: Period.optional(),
      }),
    )
    .optional()
    .meta({ description: 'The events the plan schedules, each with its window' }),
});

export const OpenDoorDay = z.strictObject({
  id: Id,
  organizer: orgRef('The centre holding it'),
  date: CalDate,
  status: en(ENUMS.eventStatus, 'planned | held | cancelled (default planned)').optional(),
  topic: Text.optional(),
  basis: en(ENUMS.basis, 'What sets its content (3.4)').optional(),
  lead: staffRef('Who leads it (1.7)').nullable().optional(),
  order: ref(['orders'], 'The director\'s order (1.6)').nullable().optional(),
  district_events: z
    .array(z.strictObject({ org: orgRef('District cabinet'), date: CalDate }))
    .optional()
    .meta({ description: 'The district cabinets holding it the same day (3.1)' }),
  participants: z.array(staffRef('A participant')).optional().meta({ description: 'Staff taking part (3.2)' }),
  advertising: z.array(en(ENUMS.advertising, 'Advertising channel')).optional().meta({ description: 'Where it was advertised (3.3)' }),
  agenda_published: CalDate.optional(),
  activities: z
    .array(
      z.strictObject({
        type: en(ENUMS.activity, 'Kind of activity (3.5)'),
        title: Text.optional(),
        time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'time' }).optional().meta({ description: 'Start time, HH:MM' }),
      }),
    )
    .optional()
    .meta({ description: 'The programme: lessons, round tables, consultations… (3.5)' }),
  speakers: z
    .array(
      z.strictObject({
        staff: staffRef('The speaker, if on staff').optional(),
        name: Text.optional(),
        category: en(ENUMS.speakerCategory, 'Speaker category (3.6)'),
        consent: CalDate.optional(),
        topic: Text.optional(),
      }),
    )
    .optional()
    .meta({ description: 'Speakers, with their category and consent date (3.6)' }),
  registered: z.number().int().nonnegative().optional().meta({ description: 'Participants registered (6.2)' }),
  outcome: z
    .strictObject({
      recommendations_sent: CalDate.optional(),
      council_discussed: CalDate.optional(),
      recommendations: z.array(Text).optional().meta({ description: 'The recommendations made' }),
    })
    .optional()
    .meta({ description: 'After the event: recommendations sent (3.7), discussed at the director\'s council (3.8)' }),
});

export const Landing = z.strictObject({
  id: Id,
  organizer: orgRef('The centre sending the landing'),
  target: orgRef('The organization visited'),
  initiator: z
    .strictObject({
      staff: staffRef('Who initiated it').optional(),
      name: Text.optional(),
      org: orgRef('Organization of the initiator').optional(),
      role: en(ENUMS.initiatorRole, 'Role of the initiator (1.3)'),
    })
    .optional()
    .meta({ description: 'Who initiated the landing (1.3)' }),
  request: ref(['requests'], 'The request it answers (5.2)').nullable().optional(),
  order: ref(['orders'], 'The composition order (5.2)').nullable().optional(),
  schedule: ref(['work_plans'], 'The academic-year schedule (5.3)').nullable().optional(),
  dates: Period,
  status: en(ENUMS.eventStatus, 'planned | held | cancelled (default planned)').optional(),
  topic: Text.optional(),
  members: z.array(staffRef('A member')).optional().meta({ description: 'The landing\'s members (staff ids of the organizer)' }),
  forms: z.array(en(ENUMS.landingForm, 'Form (3.1)')).optional().meta({ description: 'Forms of work (3.1)' }),
  directions: z.array(en(ENUMS.direction, 'Direction (3.2)')).optional().meta({ description: 'Directions studied (3.2)' }),
  review_period: Period.optional(),
  requested_documents: z
    .array(
      z.strictObject({
        title: Text,
        direction: en(ENUMS.direction, 'Direction it belongs to'),
        period: Period.optional(),
      }),
    )
    .optional()
    .meta({ description: 'Documents requested from the school, each with its direction and period (4.4.2)' }),
  reference: z
    .strictObject({
      issued: CalDate.optional(),
      findings: z.array(z.union([Text, z.strictObject({ direction: en(ENUMS.direction, 'Direction'), text: Text })])).optional().meta({ description: 'What the landing found' }),
      recommendations: z.array(Text).optional().meta({ description: 'Recommendations to the school' }),
      signed_by: z.array(staffRef('A signatory')).optional().meta({ description: 'Who signed the reference' }),
    })
    .optional()
    .meta({ description: 'The reference (анықтама) with recommendations (1.6, 4.2.7)' }),
});

const OrderRefDoc = (d: string) =>
  z.strictObject({
    number: z.union([z.string(), z.number()]).optional().meta({ description: 'Number as printed' }),
    date: CalDate.optional(),
    issuer: orgRef('Issuer').optional(),
  }).meta({ description: d });

export const Network = z.strictObject({
  id: Id,
  region: en(REGIONS, 'Official region slug'),
  leading: orgRef('The leading school'),
  partners: z.array(orgRef('A partner school')).optional().meta({ description: 'Partner schools (at most 10 per leading school, 4)' }),
  initiator: orgRef('CPM or CPM branch that initiated it (2.1)').optional(),
  coordination_center: orgRef('Coordination centre (4)').optional(),
  trainers: z.array(staffRef('A certified trainer')).optional().meta({ description: 'Certified trainers (staff ids)' }),
  responsible_head: staffRef('Responsible head of the leading school (6)').optional(),
  direction: Text.optional(),
  basis: z
    .strictObject({
      branch_recommendation: OrderRefDoc('Recommendation of the CPM branch (2.3)').optional(),
      cpm_letter: OrderRefDoc('Letter of the CPM (2.2)').optional(),
      regional_order: OrderRefDoc('Order of the regional education authority (2.2)').optional(),
    })
    .optional()
    .meta({ description: 'The documents designating the leading school (2.2, 2.3)' }),
});

export const RECORD_SCHEMAS = {
  organizations: Organization,
  staff: Staff,
  requests: Request,
  orders: Order,
  work_plans: WorkPlan,
  open_door_days: OpenDoorDay,
  landings: Landing,
  networks: Network,
} as const satisfies Record<CollectionName, z.ZodType>;

export const COLLECTION_DESCRIPTIONS: Record<CollectionName, string> = {
  organizations: 'Centres, district cabinets, schools, departments, CPM and its branches',
  staff: 'People and their positions, qualification courses and certificates',
  requests: 'Requests (өтінім) that ask for an event',
  orders: 'Orders (бұйрық)',
  work_plans: 'Work plans and academic-year schedules approved by the head',
  open_door_days: 'Methodological open door days',
  landings: 'Methodological landings (әдістемелік десант)',
  networks: 'Leading schools and their partner schools',
};

export const DataFile = z
  .strictObject(
    Object.fromEntries(
      COLLECTIONS.map((c) => [c, z.array(RECORD_SCHEMAS[c]).optional().meta({ description: COLLECTION_DESCRIPTIONS[c] })]),
    ) as { [K in CollectionName]: z.ZodOptional<z.ZodArray<(typeof RECORD_SCHEMAS)[K]>> },
  )
  .meta({ title: 'ereje data file', description: 'One YAML file of an ereje data repo: any of the eight collections' });

export type Organization = z.infer<typeof Organization>;
export type Staff = z.infer<typeof Staff>;
export type Request = z.infer<typeof Request>;
export type Order = z.infer<typeof Order>;
export type WorkPlan = z.infer<typeof WorkPlan>;
export type OpenDoorDay = z.infer<typeof OpenDoorDay>;
export type Landing = z.infer<typeof Landing>;
export type Network = z.infer<typeof Network>;
export type TextValue = z.infer<typeof Text>;

export interface RecordTypes {
  organizations: Organization;
  staff: Staff;
  requests: Request;
  orders: Order;
  work_plans: WorkPlan;
  open_door_days: OpenDoorDay;
  landings: Landing;
  networks: Network;
}
export type AnyRecord = RecordTypes[CollectionName];

/** Defaults the format promises, applied to the user's objects in place after validation. */
export function applyDefaults(collection: CollectionName, rec: Record<string, unknown>): void {
  switch (collection) {
    case 'staff':
      if (rec.status === undefined) rec.status = 'active';
      break;
    case 'open_door_days':
    case 'landings':
      if (rec.status === undefined) rec.status = 'planned';
      break;
    case 'orders':
      if (typeof rec.number === 'number') rec.number = String(rec.number);
      break;
  }
}
