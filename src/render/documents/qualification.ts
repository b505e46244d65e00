/**
 * Qualification (Kostanay support-centre regulation, D): the list of staff for qualification
 * improvement (2.2.7) and the order approving it, on the 5-year cycle of 8.3. Due dates come
 * from the support-center rules' own helper, so the list and the findings never disagree.
 */
import { addMonths, type IsoDate } from '../../core/dates.js';
import type { Dataset } from '../../model/dataset.js';
import type { Order, Staff } from '../../schema/collections.js';
import { qualificationStatus, formatSpan, CYCLE_YEARS, HORIZON_MONTHS, POSITIONS } from '../../../rules/support-center/_qualification.js';
import { KK_MONTHS, RU_MONTHS, dateValue } from '../dates.js';
import type { DocLang } from '../grammar.js';
import { dateOrNull, numbered, orgById, personValue, txt, uniquePeople, type PersonValue } from '../values.js';
import { headTitle } from '../titles.js';
import { authorOf, missing, orderFrame, orderPeople, regulationValue, requireRecord, withAppendix } from './common.js';
import { ruleParam } from './params.js';
import type { LangPart, Prepared, PrepareEnv } from './types.js';

const STATUS: Record<'overdue' | 'due' | 'ok' | 'no-basis', Record<DocLang, string>> = {
  overdue: { kk: 'мерзімі өткен', ru: 'срок истёк' },
  due: { kk: 'мерзімі жақын', ru: 'срок подходит' },
  ok: { kk: 'талапқа сай', ru: 'в норме' },
  'no-basis': { kk: 'деректер жоқ', ru: 'нет данных' },
};
const ORDER = { overdue: 0, due: 1, 'no-basis': 2, ok: 3 } as const;

export interface QualificationRow {
  person: PersonValue;
  name: string;
  position: string;
  status: keyof typeof STATUS;
  status_text: string;
  /** the last completed course (title, provider, hours, completed), or null */
  course: { title: string; provider: string; hours: number | null; completed: ReturnType<typeof dateValue> } | null;
  /** what the cycle counts from: the course's date or the hiring date */
  last: ReturnType<typeof dateValue> | null;
  from_hired: boolean;
  due: ReturnType<typeof dateValue> | null;
  /** «1 жыл 2 ай» overdue by / left */
  overdue_by: string;
  left: string;
}

export function qualificationParams(env: Pick<PrepareEnv, 'registry' | 'settings'>): { cycle_years: number; horizon_months: number; positions: readonly string[] } {
  return {
    cycle_years: ruleParam(env, 'support-center/qualification-cycle', 'cycle_years', CYCLE_YEARS.default),
    horizon_months: ruleParam(env, 'support-center/qualification-due', 'horizon_months', HORIZON_MONTHS.default),
    positions: ruleParam<readonly string[]>(env, 'support-center/qualification-cycle', 'positions', POSITIONS.default),
  };
}

export function qualificationRows(staff: readonly Staff[], data: Dataset, asOf: IsoDate, params: { cycle_years: number; horizon_months: number; positions?: readonly string[] }, lang: DocLang): QualificationRow[] {
  // The staff support-center/qualification-cycle checks: active, holding one of `positions`, on staff that day.
  const rows = staff
    .filter((s) => (s.status ?? 'active') === 'active' && (params.positions ?? POSITIONS.default).includes(s.position) && data.isStaffOn(s.id, s.org, asOf))
    .map((s) => {
      const q = qualificationStatus(s, asOf, params);
      const person = personValue(s, data, lang);
      const c = q.courseIndex !== null ? s.qualification![q.courseIndex] : null;
      return {
        person,
        name: person.text,
        position: person.position,
        status: q.status,
        status_text: STATUS[q.status][lang],
        course: c ? { title: txt(c.course, lang), provider: txt(c.provider, lang), hours: c.hours ?? null, completed: dateValue(c.completed!, lang) } : null,
        last: dateOrNull(q.last, lang),
        from_hired: q.basis === 'hired',
        due: dateOrNull(q.due, lang),
        overdue_by: q.overdueBy ? formatSpan(q.overdueBy)[lang] : '',
        left: q.left ? formatSpan(q.left)[lang] : '',
      } satisfies QualificationRow;
    });
  rows.sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.due?.iso ?? '').localeCompare(b.due?.iso ?? '') || a.name.localeCompare(b.name, 'kk'));
  return rows;
}

function groups(rows: QualificationRow[]) {
  const by = (s: QualificationRow['status']) => numbered(rows.filter((r) => r.status === s));
  return { overdue: by('overdue'), due: by('due'), ok: by('ok'), no_basis: by('no-basis') };
}

export function prepareQualificationReport(env: PrepareEnv, id: string): Prepared {
  const { data } = env;
  const org = requireRecord(data, 'organizations', id);
  const params = qualificationParams(env);
  return {
    template: 'report-qualification',
    fileBase: `qualification-${org.id}`,
    created: env.asOf,
    guard: [], // a status list: it shows who is overdue, so findings never block it
    build(lang): LangPart {
      const rows = qualificationRows(data.staffOf(org.id), data, env.asOf, params, lang);
      const g = groups(rows);
      const o = orgById(org.id, data, lang)!;
      const title = lang === 'kk' ? 'Біліктілікті арттыруға жіберілетін педагогтердің тізімі' : 'Список педагогов для направления на повышение квалификации';
      return {
        context: {
          regulation: regulationValue(env.registry, 'support-center', lang),
          org: o,
          as_of: dateValue(env.asOf, lang),
          horizon_end: dateValue(addMonths(env.asOf, params.horizon_months), lang),
          cycle_years: params.cycle_years,
          horizon_months: params.horizon_months,
          rows: numbered(rows),
          ...g,
          counts: { total: rows.length, overdue: g.overdue.length, due: g.due.length, ok: g.ok.length, no_basis: g.no_basis.length },
          due_months: dueByMonth(rows, env.asOf, params.horizon_months, lang),
          signer: o.director,
          signer_title: headTitle(org, lang),
        },
        meta: { title: `${title}: ${o.text}`, subject: o.text, author: o.text, keywords: org.id },
      };
    },
  };
}

export function prepareQualificationOrder(env: PrepareEnv, ord: Order): Prepared {
  const { data } = env;
  const orgId = data.org(ord.subject) ? ord.subject! : ord.issuer;
  const org = data.org(orgId);
  if (!org) throw missing(ord.id, { kk: `${orgId} ұйымы деректерде жоқ`, ru: `организации ${orgId} нет в данных`, en: `the organisation ${orgId} is not in the data` });
  const params = qualificationParams(env);
  return {
    template: 'order-qualification-plan',
    fileBase: ord.id,
    created: ord.date,
    guard: [ord.id, orgId],
    build(lang): LangPart {
      const frame = orderFrame(ord, data, lang, lang === 'kk' ? 'Біліктілікті арттыруға жіберілетін педагогтердің тізімін бекіту туралы' : 'Об утверждении списка педагогов на повышение квалификации');
      const title = frame.order.title;
      // The list as of the order's date: who is overdue, and who falls due within the horizon.
      const rows = qualificationRows(data.staffOf(orgId), data, ord.date, params, lang).filter((r) => r.status === 'overdue' || r.status === 'due');
      const listed = numbered(rows);
      const acquainted = uniquePeople([...listed.map((r) => r.person), ...orderPeople(frame)], [frame.order.signer?.id]);
      return {
        context: {
          ...withAppendix(frame, ord, listed.length, env.theme.appendixRows),
          regulation: regulationValue(env.registry, 'support-center', lang),
          org: orgById(orgId, data, lang)!,
          list: listed,
          overdue: numbered(rows.filter((r) => r.status === 'overdue')),
          due: numbered(rows.filter((r) => r.status === 'due')),
          counts: { total: listed.length, overdue: rows.filter((r) => r.status === 'overdue').length, due: rows.filter((r) => r.status === 'due').length },
          horizon_end: dateValue(addMonths(ord.date, params.horizon_months), lang),
          cycle_years: params.cycle_years,
          horizon_months: params.horizon_months,
          acquainted,
        },
        meta: {
          title: lang === 'kk' ? `№ ${ord.number} бұйрық: ${title}` : `Приказ № ${ord.number}: ${title}`,
          subject: txt(org.name, lang),
          author: authorOf(frame.issuer, lang),
          keywords: `${ord.id}, ${orgId}`,
        },
      };
    },
  };
}

/**
 * How many staff fall due in each month from the as-of date's month to the horizon's end (the
 * chart of the list), after a bar of those already overdue; staff with no basis for a date
 * get a bar of their own when there are any.
 */
export function dueByMonth(rows: readonly QualificationRow[], asOf: IsoDate, horizonMonths: number, lang: DocLang): { label: string; count: number }[] {
  const out = [{ label: lang === 'kk' ? 'Мерзімі өткен' : 'Срок истёк', count: rows.filter((r) => r.status === 'overdue').length }];
  const end = addMonths(asOf, horizonMonths).slice(0, 7);
  for (let ym = asOf.slice(0, 7); ym <= end; ) {
    const [y, m] = [Number(ym.slice(0, 4)), Number(ym.slice(5, 7))];
    const name = lang === 'kk' ? KK_MONTHS[m - 1].nom : RU_MONTHS[m - 1].nom;
    out.push({ label: `${name} ${y}`, count: rows.filter((r) => r.status === 'due' && r.due?.iso.slice(0, 7) === ym).length });
    ym = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const none = rows.filter((r) => r.status === 'no-basis').length;
  if (none) out.push({ label: lang === 'kk' ? 'Деректер жоқ' : 'Нет данных', count: none });
  return out;
}
