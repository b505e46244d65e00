import type { Landing } from '../../src/schema/collections.js';
import type { Dataset, PlanEntryRef } from '../../src/model/dataset.js';
import { judgeHead } from '../../src/model/people.js';
import { orgLabel, personLabel, rule } from './_view.js';

/** Why a plan entry does not place the landing in an approved schedule of its organizer. */
type Problem =
  | 'otherOrg' | 'notApproved' | 'noDirector' | 'notDirector' | 'approvedLate' | 'outsidePeriod' | 'outsideWindow';

function problems(data: Dataset, l: Landing, ref: PlanEntryRef): Problem[] {
  const { plan, entry } = ref;
  const out: Problem[] = [];
  if (plan.org !== l.organizer) out.push('otherOrg');
  if (!plan.approved) out.push('notApproved');
  else {
    if (data.headTerms(l.organizer).length === 0) out.push('noDirector');
    else if (!judgeHead(data, plan.approved.by, l.organizer, plan.approved.date).ok) out.push('notDirector');
    if (plan.approved.date > l.dates.from) out.push('approvedLate');
  }
  if (l.dates.from < plan.period.from || l.dates.to > plan.period.to) out.push('outsidePeriod');
  else if (entry.window && (l.dates.from < entry.window.from || l.dates.to > entry.window.to)) out.push('outsideWindow');
  return out;
}

export default rule({
  id: 'landing/in-annual-schedule',
  clauses: ['5.3'],
  severity: 'error',
  subject: { kk: 'десанттың id-і', ru: 'id десанта', en: 'landing id' },
  messages: {
    notPlanned: {
      kk: 'Десант {organizer} басшысы бекіткен оқу жылына арналған кестеге енгізілмеген: оны қамтитын жұмыс жоспары (work_plans: entries) жоқ (5.3-тармақ)',
      ru: 'Десант не включён в утверждённый руководителем организации {organizer} график на учебный год: ни один план работы (work_plans: entries) его не содержит (п. 5.3)',
      en: 'The landing is not in an academic-year schedule approved by the head of {organizer}: no work plan lists it (work_plans: entries) (5.3)',
    },
    notAnEntry: {
      kk: 'landing.schedule өрісінде көрсетілген {plan} кестесінде бұл десант жоқ (entries): 5.3-тармаққа сәйкес десант бекітілген кестеге сәйкес өткізіледі',
      ru: 'В графике {plan}, указанном в landing.schedule, этого десанта нет (entries): по п. 5.3 десант проводится по утверждённому графику',
      en: 'Schedule {plan} named in landing.schedule does not list this landing (entries): under 5.3 the landing follows the approved schedule',
    },
    otherOrg: {
      kk: 'Десант енгізілген {plan} кестесі {planOrg} ұйымына тиесілі, ал десантты {organizer} жібереді (5.3-тармақ)',
      ru: 'График {plan}, в который включён десант, принадлежит организации {planOrg}, а десант направляет организация {organizer} (п. 5.3)',
      en: 'Schedule {plan} that lists the landing belongs to {planOrg}, but the landing is sent by {organizer} (5.3)',
    },
    notApproved: {
      kk: '{plan} кестесі бекітілмеген (approved): 5.3-тармаққа сәйкес кестені {organizer} басшысы бекітеді',
      ru: 'График {plan} не утверждён (approved): по п. 5.3 график утверждает руководитель организации {organizer}',
      en: 'Schedule {plan} is not approved (approved): under 5.3 the schedule is approved by the head of {organizer}',
    },
    noDirector: {
      kk: '{plan} кестесін басшы бекіткенін тексеру мүмкін емес: {organizer} басшылары көрсетілмеген (organizations: heads немесе director)',
      ru: 'Невозможно проверить, утверждён ли график {plan} руководителем: не указаны руководители организации {organizer} (organizations: heads или director)',
      en: 'Cannot check that schedule {plan} was approved by the head: {organizer} records no head (organizations: heads or director)',
    },
    notDirector: {
      kk: '{plan} кестесін {approver} бекіткен, ол бекіту күні ({approvedOn}) {organizer} басшысы да, басшының міндетін атқарушы да болмаған; 5.3-тармаққа сәйкес кестені басшы бекітеді — сол күні {director}{headsHint}',
      ru: 'График {plan} утверждён сотрудником {approver}, который на дату утверждения ({approvedOn}) не был ни руководителем организации {organizer}, ни исполняющим его обязанности; по п. 5.3 график утверждает руководитель — на эту дату {director}{headsHint}',
      en: 'Schedule {plan} was approved by {approver}, who neither headed {organizer} nor acted as its head on the day of approval ({approvedOn}); under 5.3 the head approves it — that day {director}{headsHint}',
    },
    approvedLate: {
      kk: '{plan} кестесі {approvedOn} ж. бекітілген, яғни десант басталғаннан ({start} ж.) кейін: десант алдын ала бекітілген кестеге сәйкес өткізіледі',
      ru: 'График {plan} утверждён {approvedOn}, то есть после начала десанта ({start}): десант проводится по заранее утверждённому графику',
      en: 'Schedule {plan} was approved on {approvedOn}, after the landing started ({start}): the landing follows a schedule approved beforehand',
    },
    outsidePeriod: {
      kk: 'Десант мерзімі ({start}–{end}) {plan} кестесінің кезеңінен ({planFrom}–{planTo}) тыс',
      ru: 'Сроки десанта ({start}–{end}) выходят за период графика {plan} ({planFrom}–{planTo})',
      en: 'The landing ({start}–{end}) falls outside the period of schedule {plan} ({planFrom}–{planTo})',
    },
    outsideWindow: {
      kk: 'Десант мерзімі ({start}–{end}) {plan} кестесінде оған белгіленген мерзімнен ({windowFrom}–{windowTo}) тыс',
      ru: 'Сроки десанта ({start}–{end}) выходят за сроки, установленные для него в графике {plan} ({windowFrom}–{windowTo})',
      en: 'The landing ({start}–{end}) is outside the window set for it in schedule {plan} ({windowFrom}–{windowTo})',
    },
  },
  docs: {
    summary: {
      kk: 'Десант оқу-әдістемелік орталық басшысы бекіткен оқу жылына арналған кестеге сәйкес жүзеге асырылады (5.3-тармақ): десант ұйымдастырушының жұмыс жоспарына енгізілген, жоспарды бекіту күні ұйымдастырушыны басқарған адам (басшының міндетін атқарушы да) бекіткен, ал жоспардың кезеңі десант күндерін қамтиды.',
      ru: 'Десант проводится по утверждённому руководителем учебно-методического центра графику на учебный год (п. 5.3): он включён в план работы организатора, утверждённый тем, кто руководил организатором на дату утверждения (в том числе исполняющим обязанности руководителя), и период плана охватывает даты десанта.',
      en: 'The landing is held under the academic-year schedule approved by the centre\'s head (5.3): it is an entry of a work plan of the organizer, approved by whoever headed the organizer on the approval date (an acting head counts), whose period contains the landing\'s dates.',
    },
    details: {
      kk: [
        'Кесте — `work_plans` жазбасы; оның `entries` тізіміндегі жазбалардың бірі десантты атаса, десант кестеге енгізілген болып саналады (`landing.schedule` өрісі жоспарды атауы мүмкін, бірақ десантты кестеге енгізетін — `entries` жазбасы).',
        'Десантты қамтитын жоспарлардың бірі ұйымдастырушыға тиесілі болса, оны (`approved.by`) бекіту күні ұйымдастырушының басшысы болған адам десанттың бірінші күнінен кешіктірмей бекітсе (каталог v2: сол кездегі жағдай бойынша, `heads:` негізінде бағаланады; тарихы жоқ болса, `director` өрісіндегі адам және лауазымы `director` болып көрсетілген қызметкерлер белгілі бір уақыттағы басшылар ретінде алынады), жоспардың `period` кезеңі десанттың `dates` күндерін толық қамтыса және — жазбада `window` берілсе — десант сол мерзімнің ішінде өтсе, десант тексеруден өтеді (мерзім белгілейтін кесте десант сол мерзімде өткенде орындалған болып саналады).',
        'Әйтпесе себептер бір жоспар бойынша көрсетіледі: десантты қамтыса — `landing.schedule` өрісінде аталған жоспар, әйтпесе десантты қамтитын бірінші жоспар; әр себеп түзетілетін мәннің орнында жеке бұзушылық ретінде көрсетіледі (жоспардың `org`, `approved`, `approved.by`, `approved.date` өрістері; десант жоспар кезеңінен немесе мерзімнен тыс болса — десанттың `dates` өрісі).',
        'Десант ешбір жоспарға енгізілмесе, бір бұзушылық `landing.schedule` өрісінде (аталған жоспарда ол жоқ) немесе десант жазбасында (ешбір жоспар аталмаған) көрсетіледі.',
        'Мәтінде «оқу жылына арналған» делінген: күнтізбелік жылға арналған жұмыс жоспары да, егер оның кезеңі десантты қамтыса, есепке алынады; кезеңнің оқу жылымен дәл сәйкес келуі талап етілмейді.',
      ].join(' '),
      ru: [
        'График — это запись `work_plans`; десант включён в него, если на десант указывает один из элементов `entries` (`landing.schedule` может называть план, но включает десант в график именно элемент `entries`).',
        'Десант проходит проверку, если один из включающих его планов принадлежит организатору, утверждён (`approved.by`) руководителем организатора на дату утверждения (каталог v2: по положению на тот момент, по `heads:`; при отсутствии истории руководителями без привязки к датам считаются лицо из поля `director` и сотрудники с должностью `director`) не позднее первого дня десанта, его `period` охватывает все `dates` десанта и — если в элементе указан `window` — десант укладывается и в этот срок (график, устанавливающий срок, соблюдён, когда десант проводится в этот срок).',
        'Иначе причины указываются по одному плану: по названному в `landing.schedule`, если он включает десант, иначе — по первому включающему его плану; каждая причина — отдельное нарушение в месте значения, которое нужно исправить (`org`, `approved`, `approved.by`, `approved.date` плана; `dates` десанта, если он выходит за период плана или срок).',
        'Если ни один план не включает десант — одно нарушение в `landing.schedule` (названный план его не содержит) или в записи десанта (план не назван).',
        'В тексте сказано «оқу жылына арналған» (на учебный год): план работы на календарный год тоже подходит, если его период охватывает десант; совпадение периода в точности с учебным годом не требуется.',
      ].join(' '),
      en: [
        'A schedule is a `work_plans` record; the landing is in it when one of its `entries` names the landing (`landing.schedule` may name the plan, but an entry is what puts the landing in it).',
        'The landing passes when some plan listing it belongs to the organizer, is approved (`approved.by`) by a head of the organizer on the approval date (catalog v2: judged as things stood then, from `heads:`; without a history, `director` and staff with position director count as heads of some time) no later than the landing\'s first day, has a `period` containing the landing\'s whole `dates`, and — when the entry gives a `window` — the landing lies inside that window too (a schedule that sets a window is followed when the landing keeps to it).',
        'Otherwise the reasons are reported for one plan: the one named by `landing.schedule` when it lists the landing, else the first plan listing it; each reason is its own finding at the value to fix (`org`, `approved`, `approved.by`, `approved.date` of the plan; the landing\'s `dates` for a period or window it falls outside).',
        'No plan lists the landing: one finding at `landing.schedule` (the named plan does not list it) or at the landing (nothing names it).',
        'The text says "for the academic year": a calendar-year work plan also counts if its period holds the landing; the period is not required to be exactly a school year.',
      ].join(' '),
    },
    examples: {
      pass: 'work_plans:\n  - id: plan-kar-2025-2026\n    org: kar-umc\n    period: { from: 2025-09-01, to: 2026-08-31 }\n    approved: { by: kar-s001, date: 2025-08-29 }\n    entries:\n      - { event: md-1, window: { from: 2026-03-01, to: 2026-03-31 } }\nlandings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, schedule: plan-kar-2025-2026, dates: { from: 2026-03-10, to: 2026-03-12 } }\n',
      fail: 'work_plans:\n  - id: plan-kar-2025-2026\n    org: kar-umc\n    period: { from: 2025-09-01, to: 2026-08-31 }\n    approved: { by: kar-s002, date: 2025-08-29 }   # the deputy, not the director\n    entries:\n      - { event: md-1 }\nlandings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, dates: { from: 2026-03-10, to: 2026-03-12 } }\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    for (const l of ctx.view.landings) {
      const organizer = orgLabel(data, l.organizer);
      const refs = data.planEntriesFor(l.id);
      if (refs.length === 0) {
        const named = data.get('work_plans', l.schedule);
        if (named) ctx.report({ messageId: 'notAnEntry', subject: l.id, at: l, path: ['schedule'], data: { plan: named.id }, related: [{ at: named, path: ['entries'], note: named.id }] });
        else ctx.report({ messageId: 'notPlanned', subject: l.id, at: l, path: ['schedule'], data: { organizer } });
        continue;
      }
      const checked = refs.map((ref) => ({ ref, problems: problems(data, l, ref) }));
      if (checked.some((c) => c.problems.length === 0)) continue;
      const pick = checked.find((c) => c.ref.plan.id === l.schedule) ?? checked[0];
      const { plan: p, entry, index: i } = pick.ref;
      const window = entry.window;
      const rel = [{ at: l, path: ['id'], note: l.id }];
      for (const pr of pick.problems) {
        switch (pr) {
          case 'otherOrg':
            ctx.report({ messageId: pr, subject: l.id, at: p, path: ['org'], data: { plan: p.id, planOrg: orgLabel(data, p.org), organizer }, related: rel });
            break;
          case 'notApproved':
            ctx.report({ messageId: pr, subject: l.id, at: p, path: ['approved'], data: { plan: p.id, organizer }, related: rel });
            break;
          case 'noDirector':
            ctx.report({ messageId: pr, subject: l.id, at: p, path: ['approved', 'by'], data: { plan: p.id, organizer }, related: rel });
            break;
          case 'notDirector': {
            const head = judgeHead(data, p.approved!.by, l.organizer, p.approved!.date);
            ctx.report({ messageId: pr, subject: l.id, at: p, path: ['approved', 'by'], data: { plan: p.id, approver: personLabel(data, p.approved!.by), approvedOn: p.approved!.date, organizer, director: head.heads, headsHint: head.hint }, related: rel });
            break;
          }
          case 'approvedLate':
            ctx.report({ messageId: pr, subject: l.id, at: p, path: ['approved', 'date'], data: { plan: p.id, approvedOn: p.approved!.date, start: l.dates.from }, related: rel });
            break;
          case 'outsidePeriod':
            ctx.report({ messageId: pr, subject: l.id, at: l, path: ['dates'], data: { start: l.dates.from, end: l.dates.to, plan: p.id, planFrom: p.period.from, planTo: p.period.to }, related: [{ at: p, path: ['period'], note: p.id }] });
            break;
          case 'outsideWindow':
            ctx.report({ messageId: pr, subject: l.id, at: l, path: ['dates'], data: { start: l.dates.from, end: l.dates.to, plan: p.id, windowFrom: window!.from, windowTo: window!.to }, related: [{ at: p, path: ['entries', i, 'window'], note: p.id }] });
            break;
        }
      }
    }
  },
});
