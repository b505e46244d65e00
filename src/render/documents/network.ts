/**
 * Leading schools (CPM rules, C): the order designating leading schools and their partners
 * (2.2) and the status of the networks of a region (4: the 1:10 ratio, trainers, trained staff).
 */
import { UsageError } from '../../core/errors.js';
import type { Dataset } from '../../model/dataset.js';
import type { Network, Order } from '../../schema/collections.js';
import { REGIONS } from '../../schema/collections.js';
import { suggest } from '../../core/suggest.js';
import { dateOrNull, numbered, orgById, personById, txt, type OrgValue, type PersonValue } from '../values.js';
import { dateValue } from '../dates.js';
import { REGION_INFO, joinList, type DocLang } from '../grammar.js';
import { WHAT, authorOf, missing, orderFrame, orderPeople, regulationValue, withAppendix } from './common.js';
import { ruleParam } from './params.js';
import { TRAINED_PROGRAMMES } from '../../../rules/leading-school/_view.js';
import type { LangPart, Prepared, PrepareEnv } from './types.js';

/** The certificates leading-school/trained-staff counts: the level programmes, the heads' programme, trainers (2.4). */
const LEVELS = new Set(TRAINED_PROGRAMMES);

/** Active staff of a school holding a certificate of the Programme (2.4). */
function trainedStaff(orgId: string, data: Dataset): string[] {
  return data
    .staffOf(orgId)
    .filter((s) => (s.status ?? 'active') === 'active' && (s.certificates ?? []).some((c) => c.program && LEVELS.has(c.program)))
    .map((s) => s.id);
}

export function networkValues(n: Network, env: PrepareEnv, lang: DocLang) {
  const { data } = env;
  const ratio = ruleParam(env, 'leading-school/partner-ratio', 'ratio', 10);
  const leading = orgById(n.leading, data, lang, true);
  const partners = (n.partners ?? []).map((id) => orgById(id, data, lang, true)).filter((o): o is OrgValue => !!o);
  const trainers = (n.trainers ?? []).map((id) => personById(id, data, lang)).filter((p): p is PersonValue => !!p);
  const school = (org: OrgValue, role: 'leading' | 'partner') => {
    const trained = trainedStaff(org.id, data);
    return {
      org,
      name: org.text,
      text: org.text,
      role: role === 'leading' ? (lang === 'kk' ? 'жетекші мектеп' : 'ведущая школа') : lang === 'kk' ? 'серіктес мектеп' : 'школа-партнёр',
      leading: role === 'leading',
      trained: trained.length,
      trained_people: trained.map((id) => personById(id, data, lang)!.text),
      staff: data.staffOf(org.id).filter((s) => (s.status ?? 'active') === 'active').length,
    };
  };
  const schools = numbered([...(leading ? [school(leading, 'leading')] : []), ...partners.map((p) => school(p, 'partner'))]);
  const b = n.basis;
  const doc = (d: { number?: string | number; date?: string; issuer?: string } | undefined) =>
    d ? { number: d.number === undefined ? '' : String(d.number), date: dateOrNull(d.date, lang), issuer: orgById(d.issuer, data, lang, false) } : null;
  return {
    id: n.id,
    region: { slug: n.region, text: REGION_INFO[n.region][lang] },
    leading,
    partners,
    partners_count: partners.length,
    partners_text: joinList(partners.map((p) => p.text), lang),
    ratio,
    ratio_text: `1:${partners.length}`,
    ratio_ok: partners.length <= ratio,
    responsible_head: personById(n.responsible_head, data, lang),
    coordination_center: orgById(n.coordination_center, data, lang, false),
    initiator: orgById(n.initiator, data, lang, false),
    trainers,
    trainers_text: joinList(trainers.map((t) => t.text), lang),
    /** as the object of «утвердить»: ru «Ержанову А.Т. и Мельникову Е.П.»; kk = trainers_text */
    trainers_acc: joinList(trainers.map((t) => (lang === 'ru' ? t.name_acc : t.text)), lang),
    direction: txt(n.direction, lang),
    schools,
    trained_total: schools.reduce((a, s) => a + s.trained, 0),
    basis: {
      cpm_letter: doc(b?.cpm_letter),
      regional_order: doc(b?.regional_order),
      branch_recommendation: doc(b?.branch_recommendation),
    },
  };
}

/** The networks a designation order is about: its subject network, else the ones resting on it, else its region's. */
export function networksOfOrder(o: Order, data: Dataset): Network[] {
  const listed = [o.subject, ...(o.subjects ?? [])].map((id) => data.get('networks', id)).filter((n): n is Network => !!n);
  if (listed.length) return listed;
  const region = data.org(o.issuer)?.region;
  const all = data.networks;
  const num = String(o.number);
  const resting = all.filter((n) => n.basis?.regional_order && String(n.basis.regional_order.number ?? '') === num && (!n.basis.regional_order.date || n.basis.regional_order.date === o.date));
  if (resting.length) return resting;
  const subjectOrg = data.org(o.subject);
  if (subjectOrg && subjectOrg.type !== 'education-department') {
    const led = all.filter((n) => n.initiator === subjectOrg.id || n.coordination_center === subjectOrg.id || n.leading === subjectOrg.id);
    if (led.length) return led;
  }
  const regionSlug = subjectOrg?.region ?? region;
  return regionSlug ? [...data.networksIn(regionSlug)] : [];
}

export function prepareDesignationOrder(env: PrepareEnv, o: Order): Prepared {
  const { data } = env;
  const networks = networksOfOrder(o, data);
  if (!networks.length) throw missing(o.id, { kk: 'бұл бұйрыққа негізделген желі жоқ (subject, basis.regional_order), оның өңірінде де желі жоқ', ru: 'ни одна сеть не опирается на этот приказ (subject, basis.regional_order), и в его регионе сетей нет', en: 'no network rests on this order (subject, basis.regional_order) and its region has none' });
  return {
    template: 'order-leading-school-designation',
    fileBase: o.id,
    created: o.date,
    guard: [o.id, ...(o.subject ? [o.subject] : []), ...networks.map((n) => n.id)],
    build(lang): LangPart {
      const frame = orderFrame(o, data, lang, lang === 'kk' ? 'Жетекші мектептерді айқындау туралы' : 'Об определении ведущих школ');
      const title = frame.order.title;
      const values = numbered(networks.map((n) => networkValues(n, env, lang)));
      const letter = values.find((v) => v.basis.cpm_letter)?.basis.cpm_letter ?? null;
      const recommendation = values.find((v) => v.basis.branch_recommendation)?.basis.branch_recommendation ?? null;
      const heads = values.map((v) => v.responsible_head);
      const centers = [...new Map(values.filter((v) => v.coordination_center).map((v) => [v.coordination_center!.id, v.coordination_center!])).values()];
      // the responsible heads and the trainers the order names
      const named = [...heads, ...values.flatMap((v) => v.trainers), ...orderPeople(frame)];
      const acquainted = [...new Map(named.filter((h): h is PersonValue => !!h && h.id !== frame.order.signer?.id).map((h) => [h.id, h])).values()];
      return {
        context: {
          // the table's entries: every school it lists, the leading ones and their partners
          ...withAppendix(frame, o, values.reduce((a, v) => a + 1 + v.partners_count, 0), env.theme.appendixRows),
          regulation: regulationValue(env.registry, 'leading-school', lang),
          networks: values,
          networks_count: values.length,
          /** the networks whose certified trainers the order names as leaders (4) */
          with_trainers: values.filter((v) => v.trainers.length > 0),
          partners_count: values.reduce((a, v) => a + v.partners_count, 0),
          cpm_letter: letter,
          branch_recommendation: recommendation,
          coordination_centers: centers,
          coordination_centers_text: joinList(centers.map((c) => c.text), lang),
          /** after «при» (ru prepositional: «филиале Центра … в городе Костанае»); kk = text */
          coordination_centers_at: lang === 'ru' ? joinList(centers.map((c) => c.at), lang) : joinList(centers.map((c) => c.text), lang),
          region: values[0].region,
          ratio: values[0].ratio,
          acquainted,
        },
        meta: {
          title: lang === 'kk' ? `№ ${o.number} бұйрық: ${title}` : `Приказ № ${o.number}: ${title}`,
          subject: values.map((v) => v.leading?.text ?? v.id).join('; '),
          author: authorOf(frame.issuer, lang),
          keywords: [o.id, ...networks.map((n) => n.id)].join(', '),
        },
      };
    },
  };
}

/** `render report network ID`: one network, or every network of a region (by its slug). */
export function prepareNetworkReport(env: PrepareEnv, id: string): Prepared {
  const { data } = env;
  let networks: Network[];
  let region: string;
  const one = data.get('networks', id);
  if (one) {
    networks = [one];
    region = one.region;
  } else if ((REGIONS as readonly string[]).includes(id)) {
    networks = [...data.networksIn(id)];
    region = id;
    if (!networks.length) throw missing(id, { kk: 'деректерде бұл өңірдің желілері жоқ', ru: 'в данных нет сетей этого региона', en: 'the region has no networks in the data' });
  } else {
    const entry = data.byId.get(id);
    if (entry && entry.collection === 'networks' && !entry.valid) throw new UsageError('render-invalid-record', { id });
    const s = suggest(id, [...data.networks.map((n) => n.id), ...REGIONS]);
    throw new UsageError('render-not-found', { what: WHAT['network-or-region'], id, hint: s ? ` (${s}?)` : '' });
  }
  const single = !!one;
  const ratio = ruleParam(env, 'leading-school/partner-ratio', 'ratio', 10);
  return {
    template: 'report-network',
    fileBase: `network-${id}`,
    created: env.asOf,
    // A status report exists to show what is wrong (an 11-partner network is its point):
    // it is never refused. Orders and the анықтама, which people sign, are.
    guard: [],
    build(lang): LangPart {
      const values = numbered(networks.map((n) => networkValues(n, env, lang)));
      const partners = values.reduce((a, v) => a + v.partners_count, 0);
      const coordinator = values.find((v) => v.coordination_center)?.coordination_center ?? values.find((v) => v.initiator)?.initiator ?? null;
      const title = lang === 'kk' ? 'Жетекші мектептер желісінің жай-күйі' : 'Состояние сети ведущих школ';
      return {
        context: {
          regulation: regulationValue(env.registry, 'leading-school', lang),
          single,
          region: { slug: region, text: REGION_INFO[region][lang] },
          networks: values,
          summary: {
            networks: values.length,
            partners,
            ratio,
            required_leading: Math.ceil(partners / ratio),
            over_ratio: values.filter((v) => !v.ratio_ok).length,
            trained: values.reduce((a, v) => a + v.trained_total, 0),
            trainers: new Set(values.flatMap((v) => v.trainers.map((t) => t.id))).size,
          },
          coordinator,
          as_of: dateValue(env.asOf, lang),
        },
        meta: { title: `${title}: ${single ? values[0].leading?.text ?? id : REGION_INFO[region][lang]}`, subject: REGION_INFO[region][lang], author: authorOf(coordinator, lang), keywords: id },
      };
    },
  };
}
