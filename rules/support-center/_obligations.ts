/**
 * What falls due under the qualification rules (`ereje agenda`): each staff member's next course,
 * on the same view, parameters and scope as support-center/qualification-cycle — a course not
 * taken by `due` is that rule's finding the day after.
 */
import { fmt, type Localized } from '../../src/core/i18n.js';
import type { ObligationContext, ObligationInput } from '../../src/engine/rule.js';
import { POSITIONS, formatYears, qualificationStatus, type StaffScope } from './_qualification.js';
import { staffInScope, type SupportCenterView } from './_view.js';

const COURSE: Localized = {
  kk: '{name}: біліктілікті арттыру курсы ({cycle} сайын кемінде бір рет; соңғысы {last})',
  ru: '{name}: курсы повышения квалификации (не реже одного раза в {cycle}; последние — {last})',
  en: '{name}: qualification course due (at least once every {cycle}; last {last})',
};
const FIRST: Localized = {
  kk: '{name}: біліктілікті арттыру курсы ({cycle} сайын кемінде бір рет; жұмысқа қабылданған күні {last}, курс жоқ)',
  ru: '{name}: курсы повышения квалификации (не реже одного раза в {cycle}; принят(а) на работу {last}, курсов нет)',
  en: '{name}: qualification course due (at least once every {cycle}; hired {last}, no course yet)',
};

export function qualificationObligations(ctx: ObligationContext<SupportCenterView, { cycle_years: number; scope: StaffScope; positions?: string[] }>): ObligationInput[] {
  const { cycle_years, scope } = ctx.params;
  const positions = ctx.params.positions ?? POSITIONS.default;
  const cycle = formatYears(cycle_years);
  const out: ObligationInput[] = [];
  for (const s of staffInScope(ctx.view, scope, { data: ctx.data, asOf: ctx.asOf, positions })) {
    const q = qualificationStatus(s, ctx.asOf, { cycle_years });
    if (!q.due || !q.last) continue;
    const t = q.basis === 'course' ? COURSE : FIRST;
    const data = { name: s.name, cycle, last: q.last };
    out.push({
      subject: s.id,
      due: q.due,
      title: { kk: fmt(t.kk, data, 'kk'), ru: fmt(t.ru, data, 'ru'), en: fmt(t.en, data, 'en') },
      at: s,
      path: q.path,
      org: s.org,
      responsible: s.id,
    });
  }
  return out;
}
