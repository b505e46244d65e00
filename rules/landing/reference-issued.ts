import { rule } from './_view.js';
import { referenceObligations } from './_obligations.js';

export default rule({
  id: 'landing/reference-issued',
  clauses: ['1.6', '4.2.7'],
  severity: 'warning',
  subject: { kk: 'десанттың id-і', ru: 'id десанта', en: 'landing id' },
  messages: {
    missing: {
      kk: 'Десант {end} ж. аяқталды, бірақ ұсынымдар мен нәтижелерді талдау қамтылған анықтама (reference) тіркелмеген: 1.6, 4.2.7-тармақтарға сәйкес десант мүшелері анықтама беруге міндетті',
      ru: 'Десант завершён {end}, но справка (reference) с рекомендациями и анализом результатов не зарегистрирована: по пп. 1.6, 4.2.7 члены десанта обязаны представить справку',
      en: 'The landing ended on {end}, but no reference (анықтама) with recommendations and an analysis of the results is recorded (reference): under 1.6 and 4.2.7 the members must give one',
    },
    noDate: {
      kk: 'Анықтаманың берілген күні (reference.issued) көрсетілмеген: анықтама десант аяқталған соң ({end} ж. немесе одан кейін) беріледі',
      ru: 'Не указана дата справки (reference.issued): справка представляется по итогам десанта — {end} или позже',
      en: 'The reference has no issue date (reference.issued): it is given after the landing, on {end} or later',
    },
    early: {
      kk: 'Анықтама {issued} ж. берілген, яғни десант аяқталғанға ({end} ж.) дейін: анықтама десанттың қорытындылары бойынша беріледі (4.2.7-тармақ)',
      ru: 'Справка датирована {issued}, то есть до окончания десанта ({end}): справка составляется по итогам десанта (п. 4.2.7)',
      en: 'The reference is dated {issued}, before the landing ended ({end}): it sums up the results of the landing (4.2.7)',
    },
    noRecommendations: {
      kk: 'Анықтамада ұсыныстар (recommendations) жоқ: 1.6-тармаққа сәйкес десанттың нәтижелері бойынша ұсыныстар беріледі',
      ru: 'В справке нет рекомендаций (recommendations): по п. 1.6 по результатам десанта даются рекомендации',
      en: 'The reference contains no recommendations (recommendations): under 1.6 recommendations are issued on the results of the landing',
    },
    noAnalysis: {
      kk: 'Анықтамада десант нәтижелерінің талдауы (reference.findings) жоқ: 4.2.7-тармаққа сәйкес анықтама ұсынымдармен және нәтижелерді талдаумен беріледі',
      ru: 'В справке нет анализа результатов десанта (reference.findings): по п. 4.2.7 справка даётся с рекомендациями и анализом результатов',
      en: 'The reference has no analysis of the results (reference.findings): under 4.2.7 it is given with recommendations and an analysis of the results',
    },
  },
  docs: {
    summary: {
      kk: 'Өткізілген десанттан кейін оның мүшелері ұсынымдар мен нәтижелерді талдау қамтылған анықтама береді (1.6, 4.2.7-тармақтар): анықтамада кемінде бір ұсыным және кемінде бір қорытынды (талдау, `reference.findings`) болады, ол десанттың соңғы күні немесе одан кейін беріледі.',
      ru: 'По итогам проведённого десанта его члены представляют справку с рекомендациями и анализом результатов (пп. 1.6, 4.2.7): в справке не менее одной рекомендации и не менее одного вывода (анализ, `reference.findings`), и она датирована последним днём десанта или более поздней датой.',
      en: 'After a held landing the members give a reference (анықтама) with recommendations and an analysis of the results (1.6, 4.2.7): a reference with at least one recommendation and at least one finding (the analysis, `reference.findings`), issued on or after the landing\'s last day.',
    },
    details: {
      kk: [
        '`status: held` мәні бар десанттар тексеру күні `dates.to` күнінен кейін болғанда тексеріледі (десанттың соңғы күнінің өзінде анықтама әлі талап етілмейді, келесі күннен бастап талап етіледі). Жоспарланған десанттар тексерілмейді.',
        'Себептер (әрқайсысы түзетілетін мәннің орнында көрсетіледі): `reference` жоқ (десант жазбасында); `reference.issued` көрсетілмеген; `issued` күні `dates.to` күнінен бұрын (соңғы күні берілсе, талап орындалған); `recommendations` жоқ (1.6-тармақ: анықтаманың негізгі мәні — ұсыныстар); `findings` жоқ (4.2.7-тармақ: анықтама ұсынымдармен және нәтижелерді талдаумен беріледі — талдаудың кемінде бір тармағы).',
        'Мәтінде қосымша мерзім белгіленбеген: анықтама десант аяқталысымен берілуі тиіс; десант аяқталғаннан кейінгі күні шыққан бұзушылық — еске салу ғана, сондықтан оның деңгейі — ескерту.',
      ].join(' '),
      ru: [
        'Проверяются десанты со `status: held`, если дата проверки позже `dates.to` (в последний день десанта справка ещё не требуется, со следующего дня — требуется). Запланированные десанты не проверяются.',
        'Причины, каждая — в месте значения, которое нужно исправить: нет `reference` (в записи десанта); не указан `reference.issued`; `issued` раньше `dates.to` (справка, датированная последним днём, допустима); нет `recommendations` (п. 1.6: рекомендации — суть справки); нет `findings` (п. 4.2.7: справка даётся с рекомендациями и анализом результатов — хотя бы один пункт анализа).',
        'Текст не предусматривает отсрочки: справка требуется сразу по окончании десанта; нарушение на следующий день после окончания — напоминание, поэтому это предупреждение.',
      ].join(' '),
      en: [
        'Checked for landings with `status: held` once the as-of date is after `dates.to` (on the last day itself the reference is not yet due; from the next day on it is). Planned landings are not checked.',
        'Causes, each at the value to fix: no `reference` (at the landing); `reference.issued` missing; `issued` before `dates.to` (issued on the last day passes); no `recommendations` (1.6: recommendations are the point of the reference); no `findings` (4.2.7: the reference is given with recommendations and an analysis of the results — at least one point of analysis).',
        'No grace period is set by the text: the reference is due as soon as the landing is over; a finding the day after it ends is a reminder, hence a warning.',
      ].join(' '),
    },
    examples: {
      pass: 'landings:\n  - id: md-1\n    organizer: kar-umc\n    target: kar-sch-12\n    dates: { from: 2026-03-10, to: 2026-03-12 }\n    status: held\n    reference:\n      issued: 2026-03-20\n      recommendations: ["Мектепішілік бақылау жоспарын бекітілген кесте бойынша жүргізу"]\n',
      fail: 'landings:\n  - id: md-1\n    organizer: kar-umc\n    target: kar-sch-12\n    dates: { from: 2026-03-10, to: 2026-03-12 }\n    status: held\n    reference:\n      issued: 2026-03-20\n      recommendations: []   # a reference without recommendations\n',
    },
  },
  check(ctx) {
    for (const l of ctx.view.landings) {
      if (l.status !== 'held' || !(ctx.asOf > l.dates.to)) continue;
      const end = l.dates.to;
      const ref = l.reference;
      if (!ref) {
        ctx.report({ messageId: 'missing', subject: l.id, at: l, path: ['reference'], data: { end } });
        continue;
      }
      if (!ref.issued) ctx.report({ messageId: 'noDate', subject: l.id, at: l, path: ['reference', 'issued'], data: { end } });
      else if (ref.issued < end) ctx.report({ messageId: 'early', subject: l.id, at: l, path: ['reference', 'issued'], data: { issued: ref.issued, end } });
      if (!ref.recommendations || ref.recommendations.length === 0) {
        ctx.report({ messageId: 'noRecommendations', subject: l.id, at: l, path: ['reference', 'recommendations'] });
      }
      if (!ref.findings || ref.findings.length === 0) {
        ctx.report({ messageId: 'noAnalysis', subject: l.id, at: l, path: ['reference', 'findings'] });
      }
    }
  },
  // What falls due under this rule (ereje agenda).
  obligations: referenceObligations,
});
