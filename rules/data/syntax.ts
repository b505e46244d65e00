import { ruleFor } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';

export default ruleFor<Dataset>()({
  id: 'data/syntax',
  clauses: [],
  severity: 'error',
  subject: { kk: 'файл', ru: 'файл', en: 'file' },
  reportedBy: 'loader',
  alwaysOn: true,
  messages: {
    syntax: {
      kk: 'YAML оқылмады: {reason}',
      ru: 'YAML не читается: {reason}',
      en: 'YAML does not parse: {reason}',
    },
    depth: {
      kk: 'Ұя салу тым терең ({limit} деңгейден артық): деректер файлы мұндай болмайды',
      ru: 'Слишком глубокая вложенность (больше {limit} уровней): файл данных таким не бывает',
      en: 'Nesting deeper than {limit} levels: a data file never needs that',
    },
    aliases: {
      kk: 'Якорьлер (&, *) тым көп мәнге ашылады (шегі {limit}): файл оқылмайды',
      ru: 'Ссылки-якоря (&, *) раскрываются в слишком много значений (предел {limit}): файл не читается',
      en: 'Aliases (&, *) expand to more than {limit} values: the file is refused',
    },
    tooLarge: {
      kk: 'Файл тым үлкен ({size}, шегі {limit}); оны бірнеше файлға бөліңіз немесе ereje.yaml-да limits.max_file_bytes өсіріңіз',
      ru: 'Файл слишком большой ({size}, предел {limit}); разделите его или увеличьте limits.max_file_bytes в ereje.yaml',
      en: 'File too large ({size}, limit {limit}); split it, or raise limits.max_file_bytes in ereje.yaml',
    },
    tooManyFiles: {
      kk: 'Файлдар тым көп (шегі {limit}); бұл файл оқылмады',
      ru: 'Слишком много файлов (предел {limit}); этот файл не прочитан',
      en: 'Too many files (limit {limit}); this file was not read',
    },
    unreadable: {
      kk: 'Файлды оқу мүмкін емес: {reason}',
      ru: 'Файл не читается: {reason}',
      en: 'Cannot read the file: {reason}',
    },
    unreadableFolder: {
      kk: 'Буманы оқу мүмкін емес: {reason}; ішіндегі файлдар тексерілмеді',
      ru: 'Папка не читается: {reason}; файлы в ней не проверены',
      en: 'Cannot read the folder: {reason}; the files in it were not checked',
    },
  },
  docs: {
    summary: {
      kk: 'Файл бір дұрыс құрылған YAML 1.2 құжаты болуы керек. Нәтиже оқу тоқтаған жол мен бағанды көрсетеді.',
      ru: 'Файл должен быть одним правильно построенным документом YAML 1.2. Замечание указывает строку и столбец, на которых остановилось чтение.',
      en: 'The file must be one well-formed YAML 1.2 document. The finding gives the line and column where reading stopped.',
    },
    details: {
      kk: 'Деректерді аралау басталмай тұрып, мыналар да осы жерде қабылданбайды: бір картадағы қайталанатын кілттер, 64 деңгейден терең ұя салу, 100 000-нан астам мәнге ашылатын якорьлер («миллиард күлкі» шабуылы), өлшем шегінен асатын файлдар. Аралау жете алмайтын ештеңе із-түзсіз жоғалмайды: оқылмайтын бума, ешқайда апармайтын немесе тұйық символдық сілтеме, `*.yaml` деп аталған атаулы арна, жүйе рұқсат еткеннен ұзын жол — әрқайсысы өз орнында нәтиже ретінде хабарланады.',
      ru: 'Здесь же, ещё до обхода данных, отклоняются: повторяющиеся ключи в одном отображении, вложенность глубже 64 уровней, ссылки-якоря, раскрывающиеся более чем в 100 000 значений (атака «миллиард смешков»), файлы сверх предельного размера. Ничто недоступное для обхода не пропадает бесследно: нечитаемая папка, висячая или зацикленная символическая ссылка, именованный канал с именем `*.yaml`, путь длиннее допустимого системой — каждый случай становится замечанием на своём месте.',
      en: 'Also refused here, before anything walks the data: duplicate keys in one mapping, nesting deeper than 64 levels, aliases that expand to more than 100,000 values ("billion laughs"), files over the size limit. Nothing the walk cannot reach vanishes: an unreadable folder, a dangling or looping symbolic link, a pipe named *.yaml, a path longer than the system allows, each is a finding at its path.',
    },
    examples: {
      pass: 'staff:\n  - id: s1\n    name: "Бекова А."\n',
      fail: 'staff:\n  - id: s1\n    name: "Бекова А.\n',
    },
  },
});
