/**
 * `--help` in Kazakh, Russian and English: the one catalogue of every text `ereje --help` and
 * `ereje CMD --help` show — each command's description, argument, option and help block, the value
 * placeholders (`<date>`, `[paths...]`) and commander's own words (`Usage:`, `(default: …)`).
 * The command registrations in src/cli/commands take their texts from here and nowhere else.
 *
 * The English is the text the help always had. Flags, ids, formats, file names and YAML keys stay
 * as they are in every language (`--as-of`, `ereje.yaml`, `pretty`); a date's shape is said as the
 * messages and `ereje new`'s questions say it (ЖЖЖЖ-АА-КК, ГГГГ-ММ-ДД, YYYY-MM-DD).
 *
 * Which language: `--lang`, then the `language` of ereje.yaml in the current folder (or
 * `--config`), then the system locale, then English (`helpLang`). Commander prints help before any
 * action runs, so the language is settled from argv, the environment and the folder up front.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command, Help, Option, Argument } from 'commander';
import { isLang, systemLang, type Lang, type Localized } from '../core/i18n.js';

const L = (kk: string, ru: string, en: string): Localized => ({ kk, ru, en });

/** An example: a command the same in every language, or a command whose end (a comment, a quoted value) is in each language. */
type Example = string | readonly [command: string, comment: Localized];
const EXAMPLES = L('Мысалдар:', 'Примеры:', 'Examples:');

/** A help block with examples: the commands written once, the text around them in each language. */
function examplesBlock(before: Localized | '', examples: readonly Example[], after: Localized | ''): Localized {
  const text = (lang: Lang) => {
    const rows = examples.map((e) => `  ${typeof e === 'string' ? e : e[0] + e[1][lang]}`);
    return `${before === '' ? '' : before[lang]}\n${EXAMPLES[lang]}\n${rows.join('\n')}\n${after === '' ? '' : after[lang]}`;
  };
  return L(text('kk'), text('ru'), text('en'));
}

/** Texts shared by several commands. */
const SHARED = {
  'common paths': L('деректер қалталары немесе файлдары', 'папки или файлы данных', 'data folders or files'),
  'common --as-of': L(
    'тексеру жүргізілетін күн, ЖЖЖЖ-АА-КК (әдепкі: Қазақстандағы бүгінгі күн)',
    'день, на который выполняется проверка, ГГГГ-ММ-ДД (по умолчанию: сегодня по времени Казахстана)',
    'the day the check is made for, YYYY-MM-DD (default: today in Kazakhstan)',
  ),
  'common --config': L(
    'баптаулар файлы (әдепкі: деректер репозиторийінің түбіндегі ereje.yaml)',
    'файл настроек (по умолчанию: ereje.yaml в корне репозитория данных)',
    'settings file (default: ereje.yaml at the data repo root)',
  ),
  'common --lang': L('тіл: kk | ru | en', 'язык: kk | ru | en', 'language: kk | ru | en'),
  'common --lang messages': L('хабарламалар тілі: kk | ru | en', 'язык сообщений: kk | ru | en', 'language of messages: kk | ru | en'),
  'common --force output': L('бар --output файлын ауыстыру', 'заменить существующий файл --output', 'replace an existing --output file'),
  'common rule-id': L(
    'ереже id-і, мысалы open-door-day/request-lead-time',
    'id правила, например open-door-day/request-lead-time',
    'rule id, e.g. open-door-day/request-lead-time',
  ),
  'common --with-translation': L(
    'тармақтың ағылшынша жұмыс аудармасын да көрсету (--lang en болса, бәрібір көрсетіледі)',
    'показать и рабочий перевод пункта на английский (при --lang en он показывается в любом случае)',
    'also show the English working translation of a clause (shown anyway with --lang en)',
  ),
} satisfies Record<string, Localized>;

const PROGRAM = {
  program: L(
    'Қазақстанның өңірлік әдістемелік орталықтарының жоспарлау деректерін нормативтік құжаттарға сәйкестігіне тексереді және олар талап ететін құжаттарды жасайды.',
    'Проверяет данные планирования региональных методических центров Казахстана на соответствие нормативным документам и формирует документы, которых они требуют.',
    "Checks the planning data of Kazakhstan's regional methodological centres against their regulations, and renders the documents they call for.",
  ),
  'program after': examplesBlock(
    '',
    [
      ['ereje validate                         ', L('осы қалтадағы деректер репозиторийін тексеру', 'проверить репозиторий данных в этой папке', 'check the data repo in this folder')],
      'ereje validate data/ --as-of 2026-11-22 --lang kk',
      ['ereje validate --format github          ', L('GitHub Actions тапсырмасына арналған белгілер', 'аннотации для задания GitHub Actions', 'annotations for a GitHub Actions job')],
      'ereje rules show open-door-day/request-lead-time',
      'ereje render order ord-tur-2026-014 --data fixtures/sample --lang kk --out documents/',
      ['ereje agenda --days 28                  ', L('алдағы 4 аптада мерзімі келетіндер (күнтізбе үшін --format ics)', 'что наступает в ближайшие 4 недели (--format ics — для календаря)', 'what falls due in the next 4 weeks (--format ics for a calendar)')],
    ],
    '',
  ),
} satisfies Record<string, Localized>;

const VALIDATE = {
  validate: L(
    'Жолдардағы (әдепкі .) барлық YAML файлды оқиды, нормативтік құжаттарға сәйкестігін тексереді және қай тармақтың бұзылғанын хабарлайды',
    'Читает все YAML-файлы в указанных путях (по умолчанию .), проверяет их на соответствие нормативным документам и сообщает, что нарушает какие пункты',
    'Read every YAML file below PATH… (default .), check it against the regulations, and report what breaks which clause',
  ),
  'validate --format': L('есеп пішімі', 'формат отчёта', 'report format'),
  'validate --output': L(
    'есепті файлға жазу (бар файл --force берілмесе ешқашан ауыстырылмайды)',
    'записать отчёт в файл (существующий файл без --force не заменяется)',
    'write the report to a file (never replaces one without --force)',
  ),
  'validate --rule': L('тек осы ережені орындау (қайталауға болады)', 'выполнить только это правило (можно повторять)', 'run only this rule (repeatable)'),
  'validate --module': L('тек осы модульді орындау (қайталауға болады)', 'выполнить только этот модуль (можно повторять)', 'run only this module (repeatable)'),
  'validate --fail-on': L(
    'шығу коды 1 болатын ең төменгі деңгей: error | warning | info',
    'наименьший уровень, при котором код выхода 1: error | warning | info',
    'lowest severity that makes the exit code 1: error | warning | info',
  ),
  'validate --max-warnings': L(
    'ескертулер осы саннан көп болса, 1 кодымен аяқтау',
    'завершиться с кодом 1, если предупреждений больше этого числа',
    'exit 1 when there are more warnings than this',
  ),
  'validate --jobs': L(
    'үлкен деректер репозиторийлерін оқитын ағындар саны (әдепкі: ядролар саны, ал орташа жүктеме бір ядроға 1,5 не одан көп болса — 1; 1 = ағынсыз)',
    'число потоков для чтения больших репозиториев данных (по умолчанию: число ядер, или 1, если средняя нагрузка 1,5 на ядро и больше; 1 = без потоков)',
    'threads for reading large data repos (default: the number of cores, or 1 when the load average is 1.5 a core or more; 1 = none)',
  ),
  'validate --allow-empty': L(
    'бірде-бір YAML файл болмаса, 0 кодымен аяқтау (әдепкіде бұл — 2 коды: қате қалтаға бағытталған CI тапсырмасы өтіп кетпеуі керек)',
    'завершиться с кодом 0, если YAML-файлов нет вовсе (по умолчанию это код 2: задание CI, направленное не на ту папку, не должно проходить)',
    'exit 0 when there is no YAML file at all (by default that is exit 2: a CI job pointed at the wrong folder must not pass)',
  ),
  'validate --no-exceptions': L(
    'осы жолы ерекшеліктер файлын (exceptions.yaml) елемеу',
    'не учитывать файл исключений (exceptions.yaml) в этом запуске',
    'ignore the exceptions file (exceptions.yaml) for this run',
  ),
  'validate --show-suppressed': L(
    'ерекшеліктер файлы қамтитын бұзушылықтарды да себебімен, бекіткен адаммен және мерзімімен көрсету',
    'показать и нарушения, которые покрывает файл исключений, с причиной, утвердившим и сроком',
    'also list the findings the exceptions file covers, with reason, approver and expiry',
  ),
  'validate --cache': L(
    'әр файлды оқу нәтижесін және бүкіл тексеру нәтижесін мазмұны бойынша кэште сақтау: ештеңе өзгермесе, сақталған нәтиже беріледі (деректер репозиторийінің түбіндегі .ereje-cache/ қалтасында)',
    'кэшировать результат чтения каждого файла и всей проверки по содержимому: если ничего не изменилось, выдаётся сохранённый результат (в .ereje-cache/ в корне репозитория данных)',
    'cache what reading each file produces, and each run\'s result, keyed on content: when nothing changed, the stored result is given (in .ereje-cache/ at the data repo root)',
  ),
  'validate --no-cache': L(
    'баптауларда қосулы болса да, кэшті пайдаланбау',
    'не использовать кэш, даже если он включён в настройках',
    'do not use the cache, even when the settings turn it on',
  ),
  'validate --cache-location': L('кэш сақталатын қалта (--cache қосылады)', 'где хранится кэш (включает --cache)', 'where the cache lives (implies --cache)'),
  'validate --trace': L(
    'әр бұзушылықтың себебін көрсету: мәндер мен олардың орындары, параметрлер, есептеу',
    'показать, почему возникло каждое нарушение: значения с их местами, параметры, вычисление',
    'show the why of each finding: the values with their places, the parameters, the computation',
  ),
  'validate --no-color': L(
    'түссіз (`NO_COLOR` берілгенде немесе шығыс терминалға бармағанда да солай)',
    'без цвета (так же, если задан `NO_COLOR` или вывод идёт не в терминал)',
    'no colours (also when NO_COLOR is set or output is not a terminal)',
  ),
  'validate after': examplesBlock(
    L(
      `
Шығу кодтары: 0 — --fail-on деңгейіндегі не одан жоғары бұзушылық жоқ; 1 — сондай бұзушылық бар
(немесе ескертулер --max-warnings санынан көп); 2 — команда орындалмады (қате опция, жол табылмады,
баптаулар қате, --allow-empty берілмесе бірде-бір YAML файл жоқ).
`,
      `
Коды выхода: 0 — нет нарушений уровня --fail-on и выше; 1 — такие нарушения есть (или предупреждений
больше, чем --max-warnings); 2 — команда не выполнена (неверная опция, путь не найден, ошибка в
настройках, нет ни одного YAML-файла, если не указан --allow-empty).
`,
      `
Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it (or more than
--max-warnings warnings); 2 the command could not run (bad flag, path not found, bad settings,
no YAML file at all unless --allow-empty).
`,
    ),
    [
      'ereje validate fixtures/sample',
      'ereje validate . --as-of 2026-03-31 --rule open-door-day/quarterly-frequency',
      'ereje validate --format json --output report.json',
      'ereje validate --format github --fail-on warning',
      'ereje validate --format xlsx --output findings.xlsx --lang ru',
    ],
    '',
  ),
} satisfies Record<string, Localized>;

const RULES = {
  rules: L(
    'Барлық ережелердің тізімі: id, деңгей, құжат, тармақ және не тексеретіні',
    'Список всех правил: id, уровень, документ, пункт и что проверяется',
    'List every rule: id, severity, regulation, clause and what it checks',
  ),
  'rules --format': L('шығыс пішімі: table | json', 'формат вывода: table | json', 'table | json'),
  'rules show': L(
    'Ережені түсіндіру: тармақтың түпнұсқа мәтіні, түйіні, параметрлері, мысалдары',
    'Объяснить правило: оригинальный текст пункта, суть, параметры, примеры',
    "Explain a rule: the clause's original text, summary, parameters, examples",
  ),
  explain: L('`ereje rules show ID` командасымен бірдей', 'То же, что `ereje rules show ID`', 'Same as `ereje rules show ID`'),
  'explain <id>': L('ереже id-і', 'id правила', 'rule id'),
} satisfies Record<string, Localized>;

const SCHEMA = {
  schema: L(
    'Деректер пішімінің JSON Schema сұлбасын шығару (VS Code YAML кеңейтпесі мен басқа редакторлар үшін)',
    'Вывести JSON Schema формата данных (для расширения YAML в VS Code и других редакторов)',
    "Print the JSON Schema of the data format (for VS Code's YAML extension and other editors)",
  ),
  'schema --out': L('экранға шығарудың орнына файлға жазу', 'записать в файл вместо вывода на экран', 'write it to a file instead of printing it'),
  'schema --force': L('бар файлды ауыстыру', 'заменить существующий файл', 'replace an existing file'),
  'schema --settings': L(
    'деректер файлдарының орнына баптаулар файлының (ereje.yaml) сұлбасы',
    'схема файла настроек (ereje.yaml) вместо файлов данных',
    'the schema of the settings file (ereje.yaml) instead of the data files',
  ),
  'schema --exceptions': L(
    'деректер файлдарының орнына ерекшеліктер файлының (exceptions.yaml) сұлбасы',
    'схема файла исключений (exceptions.yaml) вместо файлов данных',
    'the schema of the exceptions file (exceptions.yaml) instead of the data files',
  ),
  'schema --draft': L(
    'JSON Schema нұсқасы (7 — VS Code YAML кеңейтпесі толық қолдайтын нұсқа)',
    'диалект JSON Schema (7 — тот, что полностью поддерживает расширение YAML для VS Code)',
    'JSON Schema dialect (7: what the VS Code YAML extension fully supports)',
  ),
  'schema --lang': L(
    'редактор көрсететін сипаттамалар мен хабарламалар тілі (әдепкі en)',
    'язык описаний и сообщений, которые показывает редактор (по умолчанию en)',
    'language of the descriptions and messages the editor shows (default en)',
  ),
  'schema after': examplesBlock(
    '',
    [
      'ereje schema --out ereje.schema.json --draft 7 --lang kk',
      'ereje schema --settings --out ereje.settings.schema.json --draft 7',
      'ereje schema --exceptions --out ereje.exceptions.schema.json --draft 7',
    ],
    L(
      `Содан кейін деректер файлының бірінші жолы:  # yaml-language-server: $schema=./ereje.schema.json
`,
      `Затем первая строка файла данных:  # yaml-language-server: $schema=./ereje.schema.json
`,
      `Then, first line of a data file:  # yaml-language-server: $schema=./ereje.schema.json
`,
    ),
  ),
} satisfies Record<string, Localized>;

const INIT = {
  init: L(
    'Жұмысқа дайын деректер репозиторийін жасау: баптаулар, үлгі өңірдің деректері, редакторға арналған сұлбалар, CI жұмыс ағыны, `.gitignore`, README.md (kk, ru)',
    'Создать рабочий репозиторий данных: настройки, данные региона-примера, схемы для редактора, процесс CI, `.gitignore`, README.md (kk, ru)',
    "Create a working data repo: settings, a sample region's data, the editor schemas, a CI workflow, .gitignore, README (kk, ru)",
  ),
  'init [dir]': L('репозиторий жасалатын қалта (бос немесе әлі жоқ)', 'папка, в которой его создать (пустая или несуществующая)', 'folder to create it in (empty or missing)'),
  'init --region': L('үлгі өңір', 'регион примера', 'the sample region'),
  'init --lang': L('баптаулар файлы мен осы хабарламалардың тілі', 'язык файла настроек и этих сообщений', 'language of the settings file and of these messages'),
  'init --as-of': L(
    'үлгі деректер жазылатын күн (әдепкі: Қазақстандағы бүгінгі күн)',
    'день, на который пишутся данные примера (по умолчанию: сегодня по времени Казахстана)',
    'the day the sample data is written for (default: today in Kazakhstan)',
  ),
  'init --force': L(
    'бос емес қалтаға жазу (аттас файлдар ауыстырылады)',
    'писать в непустую папку (файлы с теми же именами заменяются)',
    'write into a folder that is not empty (files of the same name are replaced)',
  ),
  'init after': examplesBlock(
    '',
    [
      'ereje init methodology-data --region karaganda',
      'ereje init . --lang ru',
    ],
    '',
  ),
} satisfies Record<string, Localized>;

const NEW = {
  new: L(
    'Жазба қосу (ашық есік күні, өтінім, десант, бұйрық, қызметкер, жұмыс жоспары): сұрақтар қояды, жазбаны ережелермен тексереді және YAML файлына қосады, файлдың қалғаны өзгеріссіз қалады',
    'Добавить запись (день открытых дверей, заявка, десант, приказ, сотрудник, план работы): задаёт вопросы, проверяет запись правилами и дописывает её в YAML-файл, не меняя в нём ничего другого',
    'Add a record (open door day, request, landing, order, staff member, work plan): asks the questions, checks it with the rules, appends it to a YAML file keeping everything else in it as it was',
  ),
  'new open-door-day': L('Жаңа ашық есік күнін қосу', 'Добавить новый день открытых дверей', 'Add a new open-door-day record'),
  'new request': L('Жаңа өтінім қосу', 'Добавить новую заявку', 'Add a new request record'),
  'new landing': L('Жаңа әдістемелік десант қосу', 'Добавить новый методический десант', 'Add a new landing record'),
  'new order': L('Жаңа бұйрық қосу', 'Добавить новый приказ', 'Add a new order record'),
  'new staff': L('Жаңа қызметкер қосу', 'Добавить нового сотрудника', 'Add a new staff record'),
  'new plan': L('Жаңа жұмыс жоспарын қосу', 'Добавить новый план работы', 'Add a new plan record'),
  'new required': L(' (міндетті)', ' (обязательно)', ' (required)'),
  'new --file': L('жазба қосылатын YAML файл (жоқ болса, жасалады)', 'YAML-файл, в который добавить запись (создаётся, если его нет)', 'the YAML file to add it to (created if missing)'),
  'new --data': L(
    'оқылатын деректер репозиторийі (қайталауға болады; әдепкі .)',
    'репозиторий данных для чтения (можно повторять; по умолчанию .)',
    'the data repo to read (repeatable; default .)',
  ),
  'new --as-of': L(
    'әдепкі мәндер мен ережелер үшін «бүгін» (әдепкі: Қазақстандағы бүгінгі күн)',
    '«сегодня» для значений по умолчанию и для правил (по умолчанию: сегодня по времени Казахстана)',
    'today, for defaults and the rules (default: today in Kazakhstan)',
  ),
  'new --lang': L('сұрақтар мен хабарламалар тілі: kk | ru | en', 'язык вопросов и сообщений: kk | ru | en', 'language of questions and messages: kk | ru | en'),
  'new --force': L(
    'терминалсыз жұмыста жазбада қате деңгейлі бұзушылықтар болса да жазу',
    'без терминала записывать, даже если запись даёт нарушения уровня «ошибка»',
    'without a terminal, write even when the record brings error findings',
  ),
  'new --no-color': L('түссіз', 'без цвета', 'no colours'),
  'new after': L(
    `
Әр сұрақтың өз опциясы бар. Терминалда жетпейтін мәндер сұралады; терминалсыз (скриптер, CI)
барлық міндетті опциялар берілуі керек (әйтпесе жоқтары аталып, 2 кодымен аяқталады), ал қате
деңгейлі бұзушылықтары бар жазба --force берілмесе қабылданбайды (1 коды).

Мысал:
  {example}
`,
    `
У каждого вопроса есть своя опция. В терминале недостающие значения спрашиваются; без него (скрипты,
CI) нужно указать все обязательные опции (иначе код 2 с перечнем недостающих), а запись с ошибками
отклоняется (код 1), если не указан --force.

Пример:
  {example}
`,
    `
Every question has its flag. With a terminal, missing values are asked; without one (scripts,
CI), every required flag must be given (exit 2 naming the missing ones), and a record with
error findings is refused (exit 1) unless --force.

Example:
  {example}
`,
  ),
} satisfies Record<string, Localized>;

const RENDER = {
  render: L(
    'Нормативтік құжаттарда көзделген құжаттарды PDF түрінде жасау: бұйрықтар, кестелер, есептер (kk не ru, не екі тілде)',
    'Сформировать в PDF документы, предусмотренные нормативными актами: приказы, графики, отчёты (kk или ru, или на двух языках)',
    'Render the documents the regulations call for as PDF: orders, schedules, reports (kk or ru, or both)',
  ),
  'render after': examplesBlock(
    '',
    [
      'ereje render order ord-tur-2026-014 --lang kk --out orders/',
      'ereje render order --all --type open-door-day --year 2026 --out orders/',
      'ereje render schedule plan-tur-bdo-2026 --lang ru',
      'ereje render report compliance --as-of 2026-11-22',
      'ereje render report reference kar-md-2025-11 --lang both',
      'ereje render report network kostanay',
      'ereje render report qualification kost-aso',
      ['ereje render order ord-tur-2026-014 --as pdf,docx     ', L('# PDF және Word құжаты', '# PDF и документ Word', '# the PDF and the Word document')],
      ['ereje render order ord-tur-2026-014 --pdfa            ', L('# мұрағатқа арналған PDF/A-2b', '# PDF/A-2b для архива', '# PDF/A-2b for the archive')],
    ],
    L(
      `
Шығу кодтары: 0 — жазылды; 1 — бас тартылды (жазбаларда қате деңгейлі бұзушылықтар бар: оларды
түзетіңіз немесе --ignore-findings қосыңыз); 2 — команда орындалмады (қате опция, белгісіз id,
үлгідегі қате, файл бар).
Үлгілер: templates/README.md (блоктардың белгіленуі — қазақ, орыс және ағылшын тілдерінде).
`,
      `
Коды выхода: 0 — записано; 1 — отказано (в записях есть ошибки: исправьте их или добавьте
--ignore-findings); 2 — команда не выполнена (неверная опция, неизвестный id, ошибка в шаблоне,
файл уже есть).
Шаблоны: templates/README.md (разметка блоков — на казахском, русском и английском).
`,
      `
Exit codes: 0 written; 1 refused (the records have error findings: fix them, or --ignore-findings);
2 the command could not run (bad flag, unknown id, a mistake in a template, the file exists).
Templates: templates/README.md (the block markup, in Kazakh, Russian and English).
`,
    ),
  ),
  'render --data': L(
    'деректер қалтасы немесе файлы, validate оқитындай (қайталауға болады; әдепкі .)',
    'папка или файл данных, как их читает validate (можно повторять; по умолчанию .)',
    'data folder or file, as validate reads it (repeatable; default .)',
  ),
  'render --as-of': L(
    'деректер тексерілетін күн, ЖЖЖЖ-АА-КК (әдепкі: баптаулардағы күн, әйтпесе Қазақстандағы бүгінгі күн)',
    'день, на который проверяются данные, ГГГГ-ММ-ДД (по умолчанию: из настроек, иначе сегодня по времени Казахстана)',
    'the day the data is checked for, YYYY-MM-DD (default: settings, else today in Kazakhstan)',
  ),
  'render --lang': L(
    'құжат тілі: kk | ru | both (әдепкі: баптаулардағы тіл, әйтпесе жүйе тілі, әйтпесе kk)',
    'язык документа: kk | ru | both (по умолчанию: из настроек, иначе язык системы, иначе kk)',
    'document language: kk | ru | both (default: settings, else the locale, else kk)',
  ),
  'render --out': L('PDF файлдарына арналған қалта (әдепкі .)', 'папка для PDF-файлов (по умолчанию .)', 'folder for the PDF files (default .)'),
  'render --overwrite': L(
    'бар файлдарды ауыстыру (онсыз ешқашан ауыстырылмайды)',
    'заменять существующие файлы (без этой опции они никогда не заменяются)',
    'replace existing files (never done without it)',
  ),
  'render --ignore-findings': L(
    'жазбаларда қате деңгейлі бұзушылықтар болса да жасау (олар — нормативтік құжаттардың қорғаныс шарттары)',
    'формировать, даже если в записях есть ошибки (это защитные условия нормативных документов)',
    'render even when the records have error findings (the guards of the regulations)',
  ),
  'render --force': L(
    'ескірген: --overwrite пен --ignore-findings бірге',
    'устарело: --overwrite и --ignore-findings вместе',
    'deprecated: both --overwrite and --ignore-findings',
  ),
  'render --as': L(
    'pdf | docx | pdf,docx: PDF, Word құжаты (электрондық құжат айналымы жүйесіне арналған мазмұн бөлігі) немесе екеуі де (әдепкі pdf)',
    'pdf | docx | pdf,docx: PDF, документ Word (содержательная часть для системы электронного документооборота) или оба (по умолчанию pdf)',
    'pdf | docx | pdf,docx: the PDF, the Word document (the content part for the electronic document system), or both (default pdf)',
  ),
  'render --pdfa': L(
    'мұрағатқа арналған PDF/A-2b (XMP метадеректері, sRGB түс профилі, ендірілген қаріптер)',
    'PDF/A-2b для архива (метаданные XMP, цветовой профиль sRGB, встроенные шрифты)',
    'PDF/A-2b for the archive (XMP metadata, sRGB output intent, embedded fonts)',
  ),
  'render --template': L(
    'templates/… орнына үлгінің өз көшірмеңіз (бір тілдегі)',
    'своя копия шаблона (на одном языке) вместо templates/…',
    'your own copy of the template (one language) instead of templates/…',
  ),
  'render --jobs': L('--all үшін ағындар саны (әдепкі: процессорлар саны)', 'число потоков для --all (по умолчанию: число процессоров)', 'threads for --all (default: the number of CPUs)'),
  'render --year': L('тек осы жылдың жазбалары (--all опциясымен)', 'только записи этого года (с --all)', 'only records of this year (with --all)'),
  'render order': L(
    'Директордың бұйрығы — бұйрық түріне сәйкес үлгісінен ({types})',
    'Приказ директора — по шаблону, соответствующему типу приказа ({types})',
    "The director's order (бұйрық / приказ) from its template, by the order's type ({types})",
  ),
  'render order [order-id]': L('бұйрық', 'приказ', 'the order'),
  'render order --type': L('--all болса: тек осы түрдегі бұйрықтар ({types})', 'с --all: только приказы этого типа ({types})', 'with --all: only orders of this type ({types})'),
  'render order --all': L(
    'барлық бұйрықтар (--year опциясымен бірге; терминалда орындалу барысы көрсетіледі)',
    'все приказы (вместе с --year; в терминале — индикатор выполнения)',
    'every order (with --year; a progress bar on a terminal)',
  ),
  'render schedule': L(
    'Жұмыс жоспары немесе оқу жылының кестесі — тоқсандар бойынша кесте түрінде, бекітілу белгісімен',
    'План работы или график на учебный год — таблицей по кварталам, с грифом утверждения',
    'A work plan or academic-year schedule as a table by quarter, with its approval',
  ),
  'render schedule [plan-id]': L('жұмыс жоспары', 'план работы', 'the work plan'),
  'render schedule --all': L(
    'барлық жұмыс жоспарлары (--year опциясымен бірге; терминалда орындалу барысы көрсетіледі)',
    'все планы работы (вместе с --year; в терминале — индикатор выполнения)',
    'every work plan (with --year; a progress bar on a terminal)',
  ),
  'render report': L(
    'Есептер: compliance (сәйкестік), reference (анықтама), open-door-day (ашық есік күні), network (желі), qualification (біліктілік)',
    'Отчёты: compliance (соответствие), reference (справка), open-door-day (день открытых дверей), network (сеть), qualification (квалификация)',
    'Reports: compliance, reference, open-door-day, network, qualification',
  ),
  'render report compliance': L(
    'Тексеру нәтижелері есеп түрінде: модульдер бойынша сандар, бұзушылықтар тармақтарымен',
    'Результаты проверки в виде отчёта: количество по модулям, нарушения с их пунктами',
    'The validation results as a report: counts per module, findings with their clauses',
  ),
  'render report reference': L(
    'Әдістемелік десанттың анықтамасы: бағыттар бойынша анықталғандар, ұсынымдар, қолдар',
    'Справка по методическому десанту: выводы по направлениям, рекомендации, подписи',
    "A landing's reference (анықтама): findings per direction, recommendations, signatures",
  ),
  'render report reference [landing-id]': L('әдістемелік десант', 'методический десант', 'the landing'),
  'render report reference --all': L(
    'барлық әдістемелік десанттар (--year опциясымен бірге; терминалда орындалу барысы көрсетіледі)',
    'все методические десанты (вместе с --year; в терминале — индикатор выполнения)',
    'every landing (with --year; a progress bar on a terminal)',
  ),
  'render report open-door-day': L(
    'Ашық есік күнінің қорытындысы — директор жанындағы кеңеске',
    'Итоги дня открытых дверей — для совета при директоре',
    "An open door day's results for the director's council",
  ),
  'render report open-door-day [event-id]': L('ашық есік күні', 'день открытых дверей', 'the open door day'),
  'render report open-door-day --all': L(
    'барлық ашық есік күндері (--year опциясымен бірге; терминалда орындалу барысы көрсетіледі)',
    'все дни открытых дверей (вместе с --year; в терминале — индикатор выполнения)',
    'every open door day (with --year; a progress bar on a terminal)',
  ),
  'render report network': L(
    'Жетекші мектеп желісінің немесе өңірдегі барлық желілердің жай-күйі',
    'Состояние сети ведущей школы или всех сетей региона',
    'The status of a leading-school network, or of every network of a region',
  ),
  'render report network [network-id-or-region]': L(
    'желі id-і немесе өңір коды (мысалы, kostanay)',
    'id сети или код региона (например, kostanay)',
    'a network id, or a region slug (e.g. kostanay)',
  ),
  'render report network --all': L(
    'барлық желілер (--year опциясымен бірге; терминалда орындалу барысы көрсетіледі)',
    'все сети (вместе с --year; в терминале — индикатор выполнения)',
    'every network (with --year; a progress bar on a terminal)',
  ),
  'render report qualification': L(
    'Ұйымның біліктілік тізімі: мерзімі өткендер, жақын арада мерзімі келетіндер, талапқа сай келетіндер',
    'Квалификационный список организации: просроченные, со сроком в пределах горизонта, соответствующие',
    "An organisation's qualification list: overdue, due within the horizon, compliant",
  ),
  'render report qualification [org-id]': L('ұйым', 'организация', 'the organisation'),
  'render report qualification --all': L(
    'барлық ұйымдар (--year опциясымен бірге; терминалда орындалу барысы көрсетіледі)',
    'все организации (вместе с --year; в терминале — индикатор выполнения)',
    'every organisation (with --year; a progress bar on a terminal)',
  ),
} satisfies Record<string, Localized>;

const IMPORT = {
  import: L(
    'Excel кітабындағы (.xlsx) немесе CSV файлындағы (UTF-8 не Windows-1251, ";" не ",") жазбаларды деректердің YAML файлдарына id бойынша біріктіріп көшіру',
    'Перенести записи из книги Excel (.xlsx) или CSV (UTF-8 или Windows-1251, ";" или ",") в YAML-файлы данных, объединяя по id',
    'Bring records from an Excel workbook (.xlsx) or a CSV (UTF-8 or Windows-1251, ";" or ",") into the data\'s YAML files, merged by id',
  ),
  'import <file>': L('Excel кітабы немесе CSV файлы', 'книга Excel или CSV', 'the workbook or CSV'),
  'import --into': L(
    'жазбалар баратын деректер қалтасы (жаңалары ондағы сол жинақ сақталған файлға, әйтпесе <жинақ>.yaml файлына)',
    'папка данных, куда идут записи (новые — в её файл с этой коллекцией, иначе в <коллекция>.yaml)',
    'the data folder the records go to (new ones to the file there that holds that collection, else <collection>.yaml)',
  ),
  'import --collection': L(
    'парақта не бар: staff | organizations | requests (әдепкі: тақырыптарынан анықталады)',
    'что на листе: staff | organizations | requests (по умолчанию: определяется по заголовкам)',
    'what the sheet holds: staff | organizations | requests (default: guessed from its headers)',
  ),
  'import --map': L(
    'сәйкестендіру файлы: тақырыптар → өрістер, ұяшық мәтіні → мәндер, тұрақты мәндер, id қалай жасалатыны',
    'файл сопоставления: заголовки → поля, текст ячеек → значения, постоянные значения, как составляются id',
    'a mapping file: headers → fields, cell text → values, fixed values, how ids are made',
  ),
  'import --dry-run': L(
    'не қосылатынын, не өзгеретінін және не өзгеріссіз қалатынын көрсету; ештеңе жазбау',
    'показать, что будет добавлено, изменено и оставлено как есть; ничего не записывать',
    'show what would be added, changed and left alone; write nothing',
  ),
  'import --force': L(
    'YAML-да жазылған, бірақ парақта басқаша берілген мәндерді ауыстыру',
    'заменять значения, записанные в YAML, если на листе они другие',
    'replace values written in the YAML that the sheet has differently',
  ),
  'import after': examplesBlock(
    L(
      `
Тақырыптар қазақ, орыс және ағылшын тілдерінде танылады («Т.А.Ә.» / «ФИО» / name, «Лауазымы» /
«Должность», «Жұмысқа қабылданған күні» / «Дата приёма», «Ұйым» / «Организация» …). Оқылмайтын
ұяшық ФАЙЛ!ПАРАҚ!ҰЯШЫҚ түрінде көрсетіледі, оның жолы импортталмайды. Сол файлды қайта импорттау
ештеңені өзгертпейді.

Шығу кодтары: 0 — барлық жол импортталды; 1 — кейбір жолдар не мәндер ұсталып қалды (бұзушылықтарды
қараңыз); 2 — команда орындалмады.
`,
      `
Заголовки распознаются на казахском, русском и английском («Т.А.Ә.» / «ФИО» / name, «Лауазымы» /
«Должность», «Жұмысқа қабылданған күні» / «Дата приёма», «Ұйым» / «Организация» …). Ячейка, которую
нельзя прочитать, указывается как ФАЙЛ!ЛИСТ!ЯЧЕЙКА, и её строка не импортируется. Повторный импорт того
же файла ничего не меняет.

Коды выхода: 0 — импортированы все строки; 1 — часть строк или значений задержана (см. нарушения);
2 — команда не выполнена.
`,
      `
Headers are recognised in Kazakh, Russian and English («Т.А.Ә.» / «ФИО» / name, «Лауазымы» /
«Должность», «Жұмысқа қабылданған күні» / «Дата приёма», «Ұйым» / «Организация» …). A cell that
cannot be read is reported as FILE!SHEET!CELL and its row is not imported. Importing the same
file again changes nothing.

Exit codes: 0 every row imported; 1 rows or values held back (see the findings); 2 could not run.
`,
    ),
    [
      'ereje import staff.xlsx --into turkistan --dry-run',
      'ereje import staff.csv --into turkistan --map staff.map.yaml',
    ],
    '',
  ),
} satisfies Record<string, Localized>;

const BASELINE = {
  baseline: L(
    'Қазіргі бұзушылықтарды уақытша қабылдау: әрқайсысына exceptions.yaml файлына ерекшелік (себебі, бекіткен адам, мерзімі) жазылады, сонда CI тек жаңа мәселелерді көрсетеді; --prune ештеңеге сәйкес келмейтін ерекшеліктерді өшіреді',
    'Временно принять текущие нарушения: на каждое в exceptions.yaml записывается исключение (причина, утвердивший, срок), и CI показывает только новые проблемы; --prune удаляет исключения, которым ничего не соответствует',
    'Accept the current findings for a while: write an exception (reason, approver, expiry) for each one to exceptions.yaml, so CI shows only new problems; --prune removes exceptions that match nothing',
  ),
  'baseline --reason': L('бұл бұзушылықтар неге қабылданады (міндетті)', 'почему эти нарушения принимаются (обязательно)', 'why these findings are accepted (required)'),
  'baseline --approved-by': L(
    'кім бекітті: деректердегі қызметкер id-і (міндетті)',
    'кто утвердил: id сотрудника из данных (обязательно)',
    'who approved it: a staff id of the data (required)',
  ),
  'baseline --expires': L(
    'ерекшеліктер күшінде болатын соңғы күн, ЖЖЖЖ-АА-КК (міндетті)',
    'последний день действия исключений, ГГГГ-ММ-ДД (обязательно)',
    'last day the exceptions are in force, YYYY-MM-DD (required)',
  ),
  'baseline --approved-on': L(
    'бекітілген күні (әдепкі: бүгін, ал --as-of күні ертерек болса — сол күн)',
    'дата утверждения (по умолчанию: сегодня или день --as-of, если он раньше)',
    'the day it was approved (default: today, or the --as-of day if earlier)',
  ),
  'baseline --decision': L(
    'шешім қабылданған бұйрық немесе хаттама (бұйрық id-і немесе мәтін)',
    'приказ или протокол, которым это решено (id приказа или текст)',
    'the order or minutes that decided it (an order id or text)',
  ),
  'baseline --prune': L(
    'оның орнына: ешбір бұзушылыққа сәйкес келмейтін ерекшеліктерді өшіру (exceptions/unused)',
    'вместо этого: удалить исключения, которым не соответствует ни одно нарушение (exceptions/unused)',
    'instead: remove the exceptions that match no finding (exceptions/unused)',
  ),
  'baseline --dry-run': L('не жазылатынын айту, ештеңе жазбау', 'сообщить, что было бы записано, ничего не записывая', 'say what would be written, write nothing'),
  'baseline --rule': L('тек осы ереженің бұзушылықтары (қайталауға болады)', 'только нарушения этого правила (можно повторять)', 'only findings of this rule (repeatable)'),
  'baseline --module': L('тек осы модульдің бұзушылықтары (қайталауға болады)', 'только нарушения этого модуля (можно повторять)', 'only findings of this module (repeatable)'),
  'baseline --jobs': L('үлкен деректер репозиторийлерін оқитын ағындар саны', 'число потоков для чтения больших репозиториев данных', 'threads for reading large data repos'),
  'baseline after': examplesBlock(
    L(
      `
Ерекшеліктер файлы — ereje.yaml жанындағы exceptions.yaml (немесе оның "exceptions:" кілтіндегі жол).
Жазбалар файлдың соңына қосылады; файлдың қалған әр байты бұрынғыдай қалады.
`,
      `
Файл исключений — exceptions.yaml рядом с ereje.yaml (или путь из его ключа "exceptions:").
Записи дописываются в конец; все остальные байты файла остаются как были.
`,
      `
The exceptions file is exceptions.yaml beside ereje.yaml (or the path in its "exceptions:" key).
Entries are appended; every other byte of the file stays as it was.
`,
    ),
    [
      ['ereje baseline --reason ', L('"2024 жылғы жазбалар, ereje-ге дейін" --approved-by tur-bdo-s001 --expires 2027-06-30', '"Записи 2024 года, до ereje" --approved-by tur-bdo-s001 --expires 2027-06-30', '"Records of 2024, before ereje" --approved-by tur-bdo-s001 --expires 2027-06-30')],
      ['ereje baseline --rule landing/review-window --reason "..." --approved-by kar-umc-s001 --expires 2027-01-31 --decision ', L('"Кеңес хаттамасы № 4"', '"Протокол совета № 4"', '"Кеңес хаттамасы № 4"')],
      'ereje baseline --prune',
    ],
    '',
  ),
} satisfies Record<string, Localized>;

const AGENDA = {
  agenda: L(
    'Нормативтік құжаттар бойынша алдағы мерзімдер (ашық есік күндері, өтінімдер, бұйрықтар, анықтамалар, курстар…) апталар бойынша, JSON түрінде немесе .ics күнтізбесі ретінде',
    'Ближайшие сроки по нормативным документам (дни открытых дверей, заявки, приказы, справки, курсы…) по неделям, в JSON или календарём .ics',
    'What falls due next under the regulations (open door days, requests, orders, references, courses…), by week, as JSON or as an .ics calendar',
  ),
  'agenda --from': L(
    'бірінші күн, ЖЖЖЖ-АА-КК (әдепкі: баптаулардағы as_of, әйтпесе Қазақстандағы бүгінгі күн); одан бұрын мерзімі келген, бірақ әлі орындалмағандар тізімнің басында мерзімі өткен ретінде беріледі',
    'первый день, ГГГГ-ММ-ДД (по умолчанию: as_of из настроек, иначе сегодня по времени Казахстана); то, что ещё не выполнено, а срок наступил раньше, идёт первым как просроченное',
    "first day, YYYY-MM-DD (default: the settings' as_of, else today in Kazakhstan); what is still open and due before it is listed first as overdue",
  ),
  'agenda --days': L('--from күнінен бастап неше күн (әдепкі 28)', 'сколько дней от --from (по умолчанию 28)', 'how many days from --from (default 28)'),
  'agenda --to': L('соңғы күн, ЖЖЖЖ-АА-КК (--days орнына)', 'последний день, ГГГГ-ММ-ДД (вместо --days)', 'last day, YYYY-MM-DD (instead of --days)'),
  'agenda --org': L('тек осы ұйымға қатыстылары', 'только то, что касается этой организации', 'only what falls on this organization'),
  'agenda --format': L('шығыс пішімі', 'формат вывода', 'output format'),
  'agenda --output': L(
    'файлға жазу (бар файл --force берілмесе ешқашан ауыстырылмайды)',
    'записать в файл (существующий файл без --force не заменяется)',
    'write to a file (never replaces one without --force)',
  ),
  'agenda after': examplesBlock(
    L(
      `
Демалыс күніне (сенбі-жексенбі, мереке, ауыстырылған демалыс) түскен мерзім одан бұрынғы соңғы жұмыс
күніне ауыстырылады; Қазақстанның мерекелері мен Үкіметтің ауыстырулары
src/calendar/kz-holidays.yaml файлында, ал ereje.yaml жергілікті демалыс күнін немесе алты күндік
жұмыс аптасын қоса алады (calendar.working_days). Шығу кодтары: 0 — күн тәртібі жасалды; 2 — жасалмады
(қате опция, жол).
`,
      `
Срок, выпадающий на выходной (суббота, воскресенье, праздник, перенесённый выходной), переносится на
последний рабочий день перед ним; праздники Казахстана и переносы, установленные Правительством, —
в src/calendar/kz-holidays.yaml, а ereje.yaml может добавить местный выходной или шестидневную
неделю (calendar.working_days). Коды выхода: 0 — повестка составлена; 2 — не составлена (неверная
опция, путь).
`,
      `
A due date on a day off (a weekend, a public holiday, a moved day off) is moved to the last
working day before it; Kazakhstan's holidays and the Government's transfers are in
src/calendar/kz-holidays.yaml, and ereje.yaml may add a local day off or a six-day week
(calendar.working_days). Exit codes: 0 the agenda was made; 2 it could not be (bad flag, path).
`,
    ),
    [
      'ereje agenda',
      'ereje agenda fixtures/sample --from 2026-11-23 --days 14 --lang ru',
      'ereje agenda --format ics --days 120 -o agenda.ics --force',
      'ereje agenda --org tur-bdo --format json',
    ],
    '',
  ),
} satisfies Record<string, Localized>;

const WHY = {
  why: L(
    'Бір бұзушылықты түсіндіру: ол есептелген мәндер (орындарымен), параметрлер, есептеу және тармақтың түпнұсқа мәтіні',
    'Объяснить одно нарушение: значения, из которых оно вычислено (с их местами), параметры, вычисление и оригинальный текст пункта',
    "Explain one finding: the values it was computed from (with their places), the parameters, the computation, and the clause's original text",
  ),
  'why <subject>': L(
    'бұзушылық қатысты жазбаның id-і (бір кезең үшін @КЕЗЕҢ қосыңыз, мысалы tur-bdo@2026-Q2)',
    'id записи, к которой относится нарушение (для одного периода добавьте @ПЕРИОД, например tur-bdo@2026-Q2)',
    'the record id the finding is about (add @PERIOD for one period, e.g. tur-bdo@2026-Q2)',
  ),
  'why [paths]': L('деректер қалталары немесе файлдары (әдепкі .)', 'папки или файлы данных (по умолчанию .)', 'data folders or files (default .)'),
  'why --with-translation': L(
    'тармақтың ағылшынша жұмыс аудармасын да көрсету',
    'показать и рабочий перевод пункта на английский',
    'also show the English working translation of the clause',
  ),
  'why after': L(
    `
Шығу кодтары: 0 — ереже бұл нысан туралы ештеңе таппады; 1 — тапты (көрсетілді); 2 — команда орындалмады.

Мысал:
  ereje why open-door-day/request-lead-time req-tur-2026-004 fixtures/sample
`,
    `
Коды выхода: 0 — правило ничего не находит по этому объекту; 1 — находит (выведено);
2 — команда не выполнена.

Пример:
  ereje why open-door-day/request-lead-time req-tur-2026-004 fixtures/sample
`,
    `
Exit codes: 0 the rule finds nothing about the subject; 1 it does (printed); 2 the command could not run.

Example:
  ereje why open-door-day/request-lead-time req-tur-2026-004 fixtures/sample
`,
  ),
} satisfies Record<string, Localized>;

/** Commander's own words, as commander's Help says them in English. */
const COMMANDER = {
  'commander Usage:': L('Қолданылуы:', 'Использование:', 'Usage:'),
  'commander Arguments:': L('Аргументтер:', 'Аргументы:', 'Arguments:'),
  'commander Options:': L('Опциялар:', 'Опции:', 'Options:'),
  'commander Commands:': L('Командалар:', 'Команды:', 'Commands:'),
  'commander Global Options:': L('Жалпы опциялар:', 'Общие опции:', 'Global Options:'),
  'commander default': L('әдепкі', 'по умолчанию', 'default'),
  'commander choices': L('мәндері', 'варианты', 'choices'),
  'commander --help': L('команда анықтамасын көрсету', 'показать справку по команде', 'display help for command'),
  'commander --version': L('нұсқа нөмірін көрсету', 'показать номер версии', 'output the version number'),
} satisfies Record<string, Localized>;

/** Every text of --help, by key: the command path, then the option or argument it belongs to. */
export const HELP = { ...SHARED, ...PROGRAM, ...VALIDATE, ...RULES, ...SCHEMA, ...INIT, ...NEW, ...RENDER, ...IMPORT, ...BASELINE, ...AGENDA, ...WHY, ...COMMANDER } as const;
export type HelpKey = keyof typeof HELP;

/**
 * The names in `<…>` and `[…]`: an option's value and a command's argument, as the usage line and
 * the option list show them (`--as-of <күн>`, `[жолдар...]`). Commander takes the option's name from
 * its flag, never from these, so they can be said in the reader's language.
 */
export const PLACEHOLDERS = {
  date: L('күн', 'дата', 'date'),
  format: L('пішім', 'формат', 'format'),
  formats: L('пішімдер', 'форматы', 'formats'),
  file: L('файл', 'файл', 'file'),
  dir: L('қалта', 'папка', 'dir'),
  path: L('жол', 'путь', 'path'),
  paths: L('жолдар', 'пути', 'paths'),
  id: L('id', 'id', 'id'),
  name: L('атау', 'имя', 'name'),
  level: L('деңгей', 'уровень', 'level'),
  n: L('сан', 'число', 'n'),
  lang: L('тіл', 'язык', 'lang'),
  type: L('түр', 'тип', 'type'),
  year: L('жыл', 'год', 'year'),
  text: L('мәтін', 'текст', 'text'),
  ref: L('сілтеме', 'ссылка', 'ref'),
  slug: L('өңір', 'регион', 'slug'),
  draft: L('нұсқа', 'версия', 'draft'),
  'staff-id': L('қызметкер-id', 'id-сотрудника', 'staff-id'),
  rule: L('ереже', 'правило', 'rule'),
  subject: L('нысан', 'объект', 'subject'),
  command: L('команда', 'команда', 'command'),
  options: L('опциялар', 'опции', 'options'),
  'order-id': L('бұйрық-id', 'id-приказа', 'order-id'),
  'plan-id': L('жоспар-id', 'id-плана', 'plan-id'),
  'landing-id': L('десант-id', 'id-десанта', 'landing-id'),
  'event-id': L('іс-шара-id', 'id-мероприятия', 'event-id'),
  'org-id': L('ұйым-id', 'id-организации', 'org-id'),
  'network-id-or-region': L('желі-id-немесе-өңір', 'id-сети-или-регион', 'network-id-or-region'),
  // `ereje new`'s values, by the field's type (upper case: a slot to fill in).
  ID: L('ID', 'ID', 'ID'),
  'ID,ID': L('ID,ID', 'ID,ID', 'ID,ID'),
  'YYYY-MM-DD': L('ЖЖЖЖ-АА-КК', 'ГГГГ-ММ-ДД', 'YYYY-MM-DD'),
  TEXT: L('МӘТІН', 'ТЕКСТ', 'TEXT'),
  WORD: L('СӨЗ', 'СЛОВО', 'WORD'),
  'A,B': L('A,B', 'A,B', 'A,B'),
} as const satisfies Record<string, Localized>;
export type Placeholder = keyof typeof PLACEHOLDERS;

let current: Lang = 'en';
const used = new Set<string>();

/** The language the texts below are given in while the program is built (main sets it first). */
export function useHelpLang(lang: Lang): void {
  current = lang;
}
export function helpLangInUse(): Lang {
  return current;
}

/** A help text in the language in use; `{name}` filled from `vars`. */
export function h(key: HelpKey, vars: Record<string, string> = {}): string {
  used.add(key);
  const text = HELP[key][current];
  return text.replace(/\{([a-z]+)\}/g, (whole, k: string) => (k in vars ? vars[k] : whole));
}

/** One placeholder's name in the language in use (an unknown one is a programming error). */
export function placeholder(name: string, lang: Lang = current): string {
  if (!Object.hasOwn(PLACEHOLDERS, name)) throw new Error(`help-text: no placeholder "${name}" in PLACEHOLDERS`);
  used.add(`<${name}>`);
  return PLACEHOLDERS[name as Placeholder][lang];
}

/**
 * Option flags or an argument with its `<…>`/`[…]` names in the language in use:
 * `--as-of <date>` → `--as-of <күн>`, `[paths...]` → `[жолдар...]`.
 */
export function hf(spec: string): string {
  return spec.replace(/([<[])([^>\]]+?)(\.\.\.)?([>\]])/g, (_, open: string, name: string, dots = '', close: string) => `${open}${placeholder(name)}${dots}${close}`);
}

/** The keys and placeholders used since the process started (the meta-test's "no entry is left unused"). */
export function usedHelpKeys(): ReadonlySet<string> {
  return used;
}

/**
 * The language of `--help`: `--lang` (kk, ru, en; render's `both` or `ru,kk` as render's messages), then
 * the `language:` of ereje.yaml in `cwd` (or of `--config FILE`), then the system locale, then en.
 * The settings file is only glanced at: a missing, huge, unreadable or broken file is passed over
 * in silence (the command itself reports it, if it reads settings at all).
 */
export function helpLang(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Lang {
  const flag = flagValue(argv, '--lang')?.toLowerCase();
  if (isLang(flag)) return flag;
  const config = flagValue(argv, '--config');
  const fromSettings = settingsLanguage(path.resolve(cwd, config ?? 'ereje.yaml'));
  // render's document languages (`both`, `ru,kk`): as render's messages, the settings' language,
  // else the documents' first language.
  const documents = flag === 'both' ? 'kk' : /^(kk|ru)[,+-](kk|ru)$/.exec(flag ?? '')?.[1];
  if (isLang(documents)) return fromSettings ?? documents;
  return fromSettings ?? systemLang(env) ?? 'en';
}

function flagValue(argv: readonly string[], flag: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === flag) value = argv[i + 1];
    else if (a.startsWith(`${flag}=`)) value = a.slice(flag.length + 1);
  }
  return value;
}

/** At most this much of a settings file is looked at for `language:`. */
const SETTINGS_PEEK_BYTES = 64 * 1024;

/**
 * The `language:` of a settings file, read as one top-level line (`language: ru`, quoted or not,
 * with a comment or not), not through the full settings loader: cheap at every start, and nothing
 * in the file can make it fail.
 */
export function settingsLanguage(file: string): Lang | undefined {
  let text: string;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return undefined;
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(Math.min(st.size, SETTINGS_PEEK_BYTES));
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      text = buf.subarray(0, n).toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const m = /^language[ \t]*:[ \t]*(["']?)(kk|ru|en)\1[ \t]*(#.*)?$/m.exec(text.replace(/^\uFEFF/, '').replace(/\r/g, ''));
  return m ? (m[2] as Lang) : undefined;
}

/**
 * Commander's own words in the language in use, through commander's Help hooks (configureHelp,
 * helpOption, helpCommand): the section titles, `(default: …)` and `(choices: …)`, `[options]` and
 * `[command]` in usage lines, and the descriptions of `-h, --help` and `help [command]`.
 * Called on the program before its commands are added (they inherit it).
 */
export function localizeCommander(program: Command): void {
  const lang = current;
  const word = (key: HelpKey) => h(key);
  const titles: Record<string, string> = {
    'Usage:': word('commander Usage:'),
    'Arguments:': word('commander Arguments:'),
    'Options:': word('commander Options:'),
    'Commands:': word('commander Commands:'),
    'Global Options:': word('commander Global Options:'),
  };
  const dflt = word('commander default');
  const choices = word('commander choices');
  const options = `[${placeholder('options', lang)}]`;
  const command = `[${placeholder('command', lang)}]`;
  const usageWord = (w: string) => (w === '[options]' ? options : w === '[command]' ? command : w);
  const extra = (o: { argChoices?: string[]; defaultValue?: unknown; defaultValueDescription?: string }, showDefault: boolean): string[] => {
    const out: string[] = [];
    if (o.argChoices) out.push(`${choices}: ${o.argChoices.map((c) => JSON.stringify(c)).join(', ')}`);
    if (o.defaultValue !== undefined && showDefault) out.push(`${dflt}: ${o.defaultValueDescription || JSON.stringify(o.defaultValue)}`);
    return out;
  };
  const withExtra = (description: string, info: string[]) => (info.length ? (description ? `${description} (${info.join(', ')})` : `(${info.join(', ')})`) : description);
  program.configureHelp({
    styleTitle: (str: string) => titles[str] ?? str,
    commandUsage(this: Help, cmd: Command): string {
      let name = cmd.name();
      if (cmd.aliases()[0]) name += `|${cmd.aliases()[0]}`;
      let ancestors = '';
      for (let a = cmd.parent; a; a = a.parent) ancestors = `${a.name()} ${ancestors}`;
      return `${ancestors}${name} ${cmd.usage().split(' ').map(usageWord).join(' ')}`;
    },
    // A command list shows the names only (`ereje CMD --help` shows the arguments): with
    // `why [options] <rule> <subject> [paths...]` in it the name column was 42 wide, and commander
    // stopped wrapping the descriptions beside it, in every language.
    subcommandTerm(cmd: Command): string {
      return cmd.name() + (cmd.aliases()[0] ? `|${cmd.aliases()[0]}` : '');
    },
    optionDescription(option: Option): string {
      // As commander: a default shows for an option that takes a value (or a boolean default).
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      const info = extra(option, showDefault);
      if (option.presetArg !== undefined && option.optional) info.push(`preset: ${JSON.stringify(option.presetArg)}`);
      if (option.envVar !== undefined) info.push(`env: ${option.envVar}`);
      return withExtra(option.description, info);
    },
    argumentDescription(argument: Argument): string {
      return withExtra(argument.description, extra(argument, true));
    },
  });
  program.helpOption('-h, --help', word('commander --help'));
  program.helpCommand(`help ${command}`, word('commander --help'));
}
