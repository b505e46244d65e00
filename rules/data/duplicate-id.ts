import { ruleFor } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';

/** Related places listed per finding (the message gives the full count). */
export const MAX_RELATED = 10;

export default ruleFor<Dataset>()({
  id: 'data/duplicate-id',
  clauses: [],
  severity: 'error',
  subject: { kk: 'қайталанатын id', ru: 'повторяющийся id', en: 'the id' },
  alwaysOn: true,
  messages: {
    duplicate: {
      kk: '«{id}» id-і {count} рет кездеседі ({collections}); әр жазбаның id-і бүкіл деректер бойынша бірегей болуы керек',
      ru: 'id «{id}» встречается {count} раза ({collections}); id записи должен быть уникален во всех данных',
      en: 'The id "{id}" is used {count} times ({collections}); every record\'s id must be unique across the data',
    },
  },
  docs: {
    summary: {
      kk: 'Әр жазбаның идентификаторы (id), қай жинаққа жатса да, тексерілетін барлық файлдарда бірегей болуы керек. Бұл id кездесетін әр орын хабарланады; қалғандары байланысты орын ретінде көрсетіледі.',
      ru: 'Идентификатор (id) каждой записи уникален во всех файлах проверки, к какой бы коллекции запись ни относилась. Отмечается каждое место, где встречается этот id; остальные показываются как связанные места.',
      en: 'Every record\'s id is unique across all files of the run, whatever its collection. Each place the id is used is reported, with the others as related locations.',
    },
    details: {
      kk: 'Сілтемелер осы id-і бар бірінші жазбаға (файлдардағы реті бойынша) апарады, сондықтан қайталануды түзету басқа жазбалардың нені меңзейтінін өзгертуі мүмкін.',
      ru: 'Ссылки ведут к первой записи с этим id (в порядке файлов), поэтому исправление дубликата может изменить то, на что указывают другие записи.',
      en: 'References resolve to the first record with the id (in file order), so fixing the duplicate may change what other records point at.',
    },
    examples: {
      pass: 'staff:\n  - { id: s1, name: "А. Бекова", org: c1, position: director }\n  - { id: s2, name: "Б. Ахметов", org: c1, position: methodologist }\n',
      fail: 'staff:\n  - { id: s1, name: "А. Бекова", org: c1, position: director }\n  - { id: s1, name: "Б. Ахметов", org: c1, position: methodologist }\n',
    },
  },
  check(ctx) {
    for (const [id, entries] of ctx.data.duplicates) {
      const collections = [...new Set(entries.map((e) => e.collection))];
      for (const e of entries) {
        // The others as related places, at most MAX_RELATED of them: an id pasted 3,000 times
        // made 9 million related places and ran out of memory (found by the fuzz suite).
        const others = entries.slice(0, MAX_RELATED + 1).filter((o) => o !== e).slice(0, MAX_RELATED);
        ctx.report({
          messageId: 'duplicate',
          subject: id,
          at: e.rec,
          path: ['id'],
          data: { id, count: entries.length, collections },
          related: others.map((o) => ({ at: o.rec, path: ['id'], note: `${o.collection}: ${id}` })),
        });
      }
    }
  },
});
