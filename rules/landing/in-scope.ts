import { DIRECTION, rule, textValue } from './_view.js';

export default rule({
  id: 'landing/in-scope',
  clauses: ['4.3'],
  severity: 'warning',
  subject: { kk: 'десанттың id-і', ru: 'id десанта', en: 'landing id' },
  messages: {
    outOfScope: {
      kk: 'Сұралған «{title}» құжаты «{direction}» бағытына жатады, ал ол десанттың бағыттарында ({directions}) жоқ: 4.3-тармаққа сәйкес тексеру нысанасына жатпайтын талап қоюға тыйым салынады',
      ru: 'Запрошенный документ «{title}» относится к направлению «{direction}», которого нет среди направлений десанта ({directions}): по п. 4.3 запрещено предъявлять требования, не относящиеся к предмету проверки',
      en: 'Requested document "{title}" belongs to the direction "{direction}", which is not among the landing\'s directions ({directions}): under 4.3 members may not demand anything outside the subject of the inspection',
    },
    noDirections: {
      kk: 'Десант {count} құжат сұрайды, бірақ оның бағыттары (directions) көрсетілмеген: тексеру нысанасы айқындалмаған, сондықтан 4.3-тармаққа сәйкес талаптың негізділігін тексеру мүмкін емес',
      ru: 'Десант запрашивает документы (количество: {count}), но его направления (directions) не указаны: предмет проверки не определён, и по п. 4.3 обоснованность требований проверить нельзя',
      en: 'The landing requests {count} document(s) but declares no directions (directions): the subject of the inspection is not set, so under 4.3 the requests cannot be justified',
    },
  },
  docs: {
    summary: {
      kk: 'Десант мүшелеріне тексеру нысанасына жатпайтын талаптар қоюға тыйым салынады (4.3-тармақ): сұралған әр құжат десанттың көрсетілген бағыттарының біріне жатады.',
      ru: 'Членам десанта запрещено предъявлять требования, не относящиеся к предмету проверки (п. 4.3): каждый запрошенный документ относится к одному из заявленных направлений десанта.',
      en: 'Members may not demand anything outside the subject of the inspection (4.3): every requested document belongs to one of the landing\'s declared directions.',
    },
    details: {
      kk: [
        'Тексеру нысанасы — десанттың `directions` өрісінде көрсетілген бағыттары (3.2-тармақтағы алты бағыт). `direction` мәні солардың қатарында жоқ әр `requested_documents[i]` сол `direction` өрісінде бұзушылық ретінде көрсетіледі.',
        'Құжаттар сұрайтын, бірақ бағыттары көрсетілмеген десант үшін десант жазбасында бір бұзушылық көрсетіледі (тексеру нысанасы айқындалмаса, оған ештеңе жатпайды). Ештеңе сұрамайтын десант тексерілмейді.',
        'Әр құжаттың кезеңін `landing/review-window` ережесі тексереді (4.4.2-тармақ: нысанаға немесе кезеңге жатпайтын мәліметтер).',
      ].join(' '),
      ru: [
        'Предмет проверки — направления десанта, указанные в поле `directions` (шесть направлений п. 3.2). Каждый элемент `requested_documents[i]`, значение `direction` которого не входит в их число, указывается как нарушение в этом поле `direction`.',
        'Если десант запрашивает документы, но не указывает направлений, — одно нарушение в записи десанта (если предмет проверки не определён, к нему ничто не относится). Десант, который ничего не запрашивает, не проверяется.',
        'Период каждого документа проверяет правило `landing/review-window` (п. 4.4.2: сведения, не относящиеся к предмету или к периоду).',
      ].join(' '),
      en: [
        'The subject of the inspection is the landing\'s `directions` (the six of 3.2). Each `requested_documents[i]` whose `direction` is not among them is a finding at that `direction`.',
        'A landing that requests documents but declares no directions is one finding at the landing (nothing can be in scope of an unset subject). A landing that requests nothing is not checked.',
        'The period of each document is landing/review-window\'s business (4.4.2: outside the subject or outside the period).',
      ].join(' '),
    },
    examples: {
      pass: 'landings:\n  - id: md-1\n    organizer: kar-umc\n    target: kar-sch-12\n    dates: { from: 2026-03-10, to: 2026-03-12 }\n    directions: [documents, teaching-quality]\n    requested_documents:\n      - { title: "Мектепішілік бақылау жоспары", direction: documents }\n',
      fail: 'landings:\n  - id: md-1\n    organizer: kar-umc\n    target: kar-sch-12\n    dates: { from: 2026-03-10, to: 2026-03-12 }\n    directions: [documents]\n    requested_documents:\n      - { title: "Тәрбие жұмысының жоспары", direction: upbringing }   # not a declared direction\n',
    },
  },
  check(ctx) {
    for (const l of ctx.view.landings) {
      const docs = l.requested_documents ?? [];
      if (docs.length === 0) continue;
      const dirs = l.directions ?? [];
      if (dirs.length === 0) {
        ctx.report({ messageId: 'noDirections', subject: l.id, at: l, path: ['directions'], data: { count: docs.length } });
        continue;
      }
      const declared = new Set<string>(dirs);
      const directions = dirs.map((d) => DIRECTION[d]);
      docs.forEach((d, i) => {
        if (declared.has(d.direction)) return;
        ctx.report({ messageId: 'outOfScope', subject: l.id, at: l, path: ['requested_documents', i, 'direction'], data: { title: textValue(d.title), direction: DIRECTION[d.direction], directions }, related: [{ at: l, path: ['directions'], note: 'directions' }] });
      });
    }
  },
});
