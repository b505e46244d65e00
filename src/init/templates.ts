/**
 * What `ereje init` writes: texts only (no I/O), so tests can read them and `init` can write
 * them all through writeFileSafe.
 */
import type { Region } from '../schema/collections.js';
import { REGION_INFO } from '../schema/regions.js';
import { addYears, type IsoDate } from '../core/dates.js';

export const SCHEMA_FILE = 'ereje.schema.json';
export const SETTINGS_SCHEMA_FILE = 'ereje.settings.schema.json';

/** The editor line: the schema path relative to the folder of the file that carries it. */
export function schemaLine(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}`;
}

/** Id prefixes of the sample a region gets (its names come from the shared table). */
const ID_PREFIX: Record<Region, string> = {
  abai: 'aba',
  akmola: 'akm',
  aktobe: 'akt',
  'almaty-region': 'alo',
  atyrau: 'atr',
  'east-kazakhstan': 'vko',
  jambyl: 'jam',
  jetisu: 'jet',
  karaganda: 'kar',
  kostanay: 'kost',
  kyzylorda: 'kzo',
  mangystau: 'man',
  'north-kazakhstan': 'sko',
  pavlodar: 'pav',
  turkistan: 'tur',
  ulytau: 'ult',
  'west-kazakhstan': 'zko',
  astana: 'ast',
  almaty: 'alm',
  shymkent: 'shy',
};

export const REGION_NAMES: Record<Region, { kk: string; ru: string; prefix: string }> = Object.fromEntries(
  (Object.keys(ID_PREFIX) as Region[]).map((r) => [r, { kk: REGION_INFO[r].kk, ru: REGION_INFO[r].ru, prefix: ID_PREFIX[r] }]),
) as Record<Region, { kk: string; ru: string; prefix: string }>;

export interface ModuleInfo {
  name: string;
  title: string;
  regions: readonly string[] | 'all';
  from: string | null;
}

export function settingsFile(o: { region: Region; lang: string; modules: ModuleInfo[] }): string {
  const lines = [
    schemaLine(`./${SETTINGS_SCHEMA_FILE}`),
    '# ereje баптаулары / Настройки ereje.',
    '# Ережелер тізімі / Список правил:  npx ereje rules      Түсіндірме / Пояснение:  npx ereje explain ID',
    '# Бір жолды қосу үшін алдындағы «# » белгісін өшіріңіз / Чтобы включить строку, удалите «# » в её начале.',
    '',
    `language: ${o.lang}            # хабарламалар тілі / язык сообщений: kk | ru | en`,
    '# as_of: 2026-11-22     # тексеру күні (әдепкі — бүгін) / дата проверки (по умолчанию — сегодня)',
    '',
    '# Модульдер (бір құжаттың ережелері) / Модули (правила одного документа): on | off | { extra_regions: [...] }',
  ];
  const modules = o.modules.filter((m) => m.name !== 'data');
  for (const m of modules) {
    const where = m.regions === 'all' ? 'бүкіл Қазақстан / весь Казахстан' : m.regions.join(', ');
    lines.push(`#   ${m.name} — ${m.title}; ${where}${m.from ? `; ${m.from} бастап / с ${m.from}` : ''}`);
  }
  const elsewhere = modules.filter((m) => m.regions !== 'all' && !m.regions.includes(o.region));
  const here = modules.filter((m) => m.regions === 'all' || m.regions.includes(o.region));
  lines.push('# modules:');
  for (const m of elsewhere.slice(0, 1)) lines.push(`#   ${m.name}: { extra_regions: [${o.region}] }   # облыс осы құжатты қабылдаса / если регион принял этот документ`);
  for (const m of here.slice(0, 1)) lines.push(`#   ${m.name}: off`);
  lines.push(
    '',
    '# Ережелер: деңгейі (error | warning | info | off) немесе параметрлері / Правила: уровень или параметры',
    '# rules:',
    '#   data/mixed-script: error',
    '#   open-door-day/request-lead-time: { params: { lead_days: 14 } }',
    '',
  );
  return lines.join('\n');
}

/** The sample's one order with a document template (`ereje render order ID` works on a fresh repo). */
export function planOrderId(region: Region, today: IsoDate): string {
  return `ord-${REGION_NAMES[region].prefix}-uo-${today.slice(0, 4)}-01`;
}

/**
 * package.json of the data repo: ereje as a pinned dev dependency, so `npx ereje` resolves
 * here once `npm install` (or `npm ci`) has run, and CI installs exactly the same version.
 */
export function packageJson(o: { name: string; version: string }): string {
  const name = o.name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|[-._]+$/g, '') || 'ereje-data';
  return JSON.stringify(
    {
      name,
      private: true,
      description: 'Planning data of a methodological centre, checked by ereje',
      scripts: { validate: 'ereje validate', test: 'ereje validate' },
      devDependencies: { ereje: o.version },
    },
    null,
    2,
  ) + '\n';
}

/** The sample region: its education department, its centre with a director and two methodologists, and a school. */
export function sampleData(o: { region: Region; today: IsoDate }): { organizations: string; staff: string; orders: string; events: string } {
  const r = REGION_NAMES[o.region];
  const p = r.prefix;
  const year = Number(o.today.slice(0, 4));
  const lastYear = addYears(o.today, -1);
  const twoYears = addYears(o.today, -2);
  const header = (kk: string, ru: string) => [schemaLine(`../${SCHEMA_FILE}`), `# ${r.kk} — ${kk}`, `# ${r.ru} — ${ru}`, ''];
  const organizations = [
    ...header('ұйымдар', 'организации'),
    'organizations:',
    `  - id: ${p}-uo`,
    '    type: education-department',
    `    name: { kk: "${r.kk.replace(/ы$/, 'ының')} білім басқармасы", ru: "Управление образования (${r.ru})" }`,
    `    region: ${o.region}`,
    `    director: ${p}-uo-s01`,
    '',
    `  - id: ${p}-bdo`,
    '    type: center',
    '    name: { kk: "Білім беруді дамыту орталығы", ru: "Центр развития образования" }',
    `    region: ${o.region}`,
    `    parent: ${p}-uo`,
    `    director: ${p}-s001`,
    '    # Кім қашан басқарды (міндетін атқарушыны қоса) / кто и когда руководил (включая и.о.):',
    '    # бұйрықтар өз күніндегі басшы бойынша тексеріледі / приказы проверяются по руководителю на их дату.',
    '    heads:',
    `      - { staff: ${p}-s001, from: 2019-09-01 }`,
    `      # - { staff: ${p}-s002, from: ${o.today.slice(0, 4)}-07-01, to: ${o.today.slice(0, 4)}-07-28, acting: true }   # м.а. / и.о.`,
    '',
    `  - id: ${p}-sch-01`,
    '    type: school',
    '    name: { kk: "№1 жалпы білім беретін мектеп", ru: "Общеобразовательная школа №1" }',
    `    region: ${o.region}`,
    `    parent: ${p}-uo`,
    '',
  ].join('\n');
  const staff = [
    ...header('қызметкерлер', 'сотрудники'),
    '# position: director | deputy-director | head-of-department | methodologist | teacher | trainer | other',
    'staff:',
    `  - id: ${p}-uo-s01`,
    '    name: "Сейітқазы Ерлан Маратұлы"',
    `    org: ${p}-uo`,
    '    position: director',
    '    hired: 2018-08-15',
    '',
    `  - id: ${p}-s001`,
    '    name: "Бекова Айгүл Серікқызы"',
    `    org: ${p}-bdo`,
    '    position: director',
    '    hired: 2019-09-01',
    `    appointed_by: ord-${p}-uo-2019-44        # тағайындау бұйрығы / приказ о назначении`,
    '    qualification:',
    '      - course: "Білім беру ұйымы басшысының басқарушылық құзыреттілігі"',
    '        provider: "Өрлеу"',
    `        completed: ${lastYear}`,
    '        hours: 72',
    '',
    `  - id: ${p}-s002`,
    '    name: "Ахметов Болат Қайратұлы"',
    `    org: ${p}-bdo`,
    '    position: methodologist',
    '    hired: 2021-09-01',
    '    qualification:',
    '      - course: "Педагогтердің цифрлық құзыреттілігі"',
    '        provider: "Өрлеу"',
    `        completed: ${twoYears}`,
    '        hours: 36',
    '',
    `  - id: ${p}-s003`,
    '    name: "Нұрланқызы Дана"',
    `    org: ${p}-bdo`,
    '    position: methodologist',
    '    hired: 2023-09-01',
    '    qualification:',
    '      - course: "Функционалдық сауаттылықты дамыту"',
    '        provider: "Назарбаев Зияткерлік мектептері"',
    `        completed: ${lastYear}`,
    '        hours: 72',
    '',
  ].join('\n');
  const orders = [
    ...header('бұйрықтар', 'приказы'),
    '# type: open-door-day | landing-composition | leading-school-designation | qualification-plan | appointment | other',
    'orders:',
    `  - id: ord-${p}-uo-2019-44`,
    '    number: "44-ж"',
    '    date: 2019-08-26',
    `    issuer: ${p}-uo`,
    `    signed_by: ${p}-uo-s01`,
    '    type: appointment',
    `    subject: ${p}-s001`,
    '    title: "Білім беруді дамыту орталығының директорын тағайындау туралы"',
    '',
    `  - id: ${planOrderId(o.region, o.today)}`,
    `    number: "${year}-01"`,
    `    date: ${o.today}`,
    `    issuer: ${p}-uo`,
    `    signed_by: ${p}-uo-s01`,
    '    type: qualification-plan          # ereje render order … бұл бұйрықты PDF етеді / делает PDF этого приказа',
    `    subject: ${p}-bdo`,
    `    title: "${year + 1} жылы педагог қызметкерлердің біліктілігін арттыру жоспарын бекіту туралы"`,
    '',
  ].join('\n');
  const events = [
    ...header('іс-шаралар: өтінімдер, ашық есік күндері, десанттар', 'мероприятия: заявки, дни открытых дверей, десанты'),
    '# Жаңа жазба / Новая запись:',
    '#   npx ereje new open-door-day',
    '#   npx ereje new request',
    '#   npx ereje new landing',
    '',
  ].join('\n');
  return { organizations, staff, orders, events };
}

export function workflowFile(o: { version: string }): string {
  void o;
  return `# ereje: деректерді әр push және pull request кезінде тексеру / проверка данных при каждом push и pull request.
# Қателер файлдың тиісті жолында көрсетіледі / Ошибки показываются на нужной строке файла.
# ereje is installed from package.json (its version is pinned there, and in package-lock.json once
# you commit it), so a new release never changes the result of an old commit.
name: ereje

on:
  push:
  pull_request:
  schedule:
    # every Monday at 06:00 in Kazakhstan (01:00 UTC): the agenda job below
    - cron: '0 1 * * 1'
  workflow_dispatch:

permissions:
  contents: read

jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: install ereje (package.json)
        run: if [ -f package-lock.json ]; then npm ci; else npm install --no-audit --no-fund; fi
      # The read cache (.ereje-cache/, keyed on each file's content): a run after a commit that
      # changed a file or two reads only those. Kept between runs per ereje version; entries of
      # another version are never used. Оқылған файлдар кэші / кэш прочитанных файлов.
      - name: ereje version
        id: ereje
        run: echo "version=$(npx --no-install ereje --version)" >> "$GITHUB_OUTPUT"
      - name: restore the read cache
        id: ereje-cache
        uses: actions/cache/restore@v4
        with:
          path: .ereje-cache
          key: ereje-cache-\${{ runner.os }}-\${{ steps.ereje.outputs.version }}-\${{ hashFiles('**/*.yaml', '**/*.yml', '!node_modules/**', '!.ereje-cache/**') }}
          restore-keys: |
            ereje-cache-\${{ runner.os }}-\${{ steps.ereje.outputs.version }}-
      - name: ereje validate
        run: npx --no-install ereje validate --format github --cache
      # Saved even when validate reports findings (exit 1): the next run reads only what changed.
      - name: save the read cache
        if: always() && steps.ereje-cache.outputs.cache-hit != 'true'
        uses: actions/cache/save@v4
        with:
          path: .ereje-cache
          key: \${{ steps.ereje-cache.outputs.cache-primary-key }}

  agenda:
    # What falls due in the next 120 days (open door days, requests, orders, references, courses)
    # as a calendar file: download agenda.ics from the run (Actions → ereje → Artifacts) and import
    # it, or publish it (e.g. GitHub Pages) and subscribe to it in Google Calendar or Outlook; its
    # events keep their ids, so a new import updates them instead of duplicating them.
    # Мерзімдер күнтізбесі / календарь сроков: agenda.ics.
    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: if [ -f package-lock.json ]; then npm ci; else npm install --no-audit --no-fund; fi
      - name: ereje agenda
        run: |
          npx --no-install ereje agenda --days 28
          npx --no-install ereje agenda --days 120 --format ics --output agenda.ics
      - uses: actions/upload-artifact@v4
        with:
          name: agenda
          path: agenda.ics

  # SARIF → GitHub code scanning (Security → Code scanning). To use it, remove the "#" signs below
  # (public repositories, or private ones with GitHub Advanced Security).
  # sarif:
  #   runs-on: ubuntu-latest
  #   permissions:
  #     contents: read
  #     security-events: write
  #   steps:
  #     - uses: actions/checkout@v4
  #     - uses: actions/setup-node@v4
  #       with:
  #         node-version: 20
  #     - run: if [ -f package-lock.json ]; then npm ci; else npm install --no-audit --no-fund; fi
  #     - name: ereje validate (SARIF)
  #       run: npx --no-install ereje validate --format sarif --output ereje.sarif
  #       continue-on-error: true
  #     - uses: github/codeql-action/upload-sarif@v3
  #       with:
  #         sarif_file: ereje.sarif
  #         category: ereje
`;
}

export const GITIGNORE = `# ereje render жасаған құжаттар / документы, созданные ereje render (documents/).
# Олар қайталанады (бірдей деректер — бірдей байттар); git-те сақтау үшін жолды өшіріңіз /
# они воспроизводимы (те же данные — те же байты); чтобы хранить их в git, удалите строку.
*.pdf
# ereje validate --output: ereje.sarif, ereje-report.xml, ereje-report.json
ereje.sarif
ereje-report.*
node_modules/
# ereje validate --cache: оқылған файлдардың кэші / кэш прочитанных файлов
.ereje-cache/
`;

export function vscodeSettings(): string {
  return JSON.stringify(
    {
      'yaml.schemas': {
        [`./${SCHEMA_FILE}`]: ['**/*.yaml', '!ereje.yaml'],
        [`./${SETTINGS_SCHEMA_FILE}`]: ['ereje.yaml'],
      },
      'files.encoding': 'utf8',
      'files.insertFinalNewline': true,
    },
    null,
    2,
  ) + '\n';
}

export const VSCODE_EXTENSIONS = JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2) + '\n';

export function readme(o: { region: Region; version: string; today: IsoDate }): string {
  const r = REGION_NAMES[o.region];
  const p = r.prefix;
  const order = planOrderId(o.region, o.today);
  const tgz = `ereje-${o.version}.tgz`;
  return `# ${r.kk}: әдістемелік жұмыс деректері / ${r.ru}: данные методической работы

Бұл репозиторийде әдістемелік орталықтың жоспарлау деректері сақталады (YAML файлдар).
**ereje** оларды ережелер бойынша тексереді және бұйрықтар мен есептерді PDF түрінде жасайды.

## Қазақша

**ereje орнату.** ereje нұсқасы \`package.json\`-да бекітілген (${o.version}). ereje әзірге npm тізілімінде жоқ:
ereje пакетінің файлын (\`${tgz}\`, ereje көшірмесінде \`npm pack\` жасайды) \`vendor/\` папкасына салып,
\`npm install --save-dev ./vendor/${tgz}\` орындаңыз да, \`vendor/\`, \`package.json\`, \`package-lock.json\` файлдарын
git-ке қосыңыз: осыдан кейін мұнда \`npx ereje …\` жұмыс істейді, GitHub-тағы тексеру де дәл осы нұсқаны орнатады.
ereje компьютерде жалпы орнатылған болса (\`npm link\` немесе \`npm install -g\`), \`npx ereje\` орнына \`ereje\` жазыңыз.

**Қай файлда не бар**
- \`${o.region}/organizations.yaml\` — ұйымдар (орталық, білім басқармасы, мектептер);
- \`${o.region}/staff.yaml\` — қызметкерлер, біліктілікті арттыру курстары;
- \`${o.region}/orders.yaml\` — бұйрықтар;
- \`${o.region}/events.yaml\` — өтінімдер, ашық есік күндері, әдістемелік десанттар;
- \`ereje.yaml\` — баптаулар (тіл, қай ережелер қолданылады).

**Қалай толтыру керек**
- Файлдарды VS Code-та ашыңыз және «YAML» (Red Hat) кеңейтімін орнатыңыз: өрістердің атауы мен мәндерін
  өзі ұсынады, қатені бірден көрсетеді.
- Әр жазбаның \`id\`-і бірегей: кіші латын әріптері, цифрлар, «-» (мысалы \`${p}-s004\`).
- Күндер \`ЖЖЖЖ-АА-КК\` түрінде: \`2026-02-12\`.
- Кеңістікті (бос орынды) Tab-пен емес, бос орын пернесімен қойыңыз; шегініс маңызды.
- Жаңа жазбаны сұрақ-жауаппен қосу: \`npx ereje new open-door-day\` (немесе \`request\`, \`landing\`, \`order\`, \`staff\`, \`plan\`).

**Тексеру**
- \`npx ereje validate\` — барлық файлдарды тексереді; әр қате үшін файл, жол, ереже тармағы көрсетіледі.
- \`npx ereje explain ЕРЕЖЕ-ID\` — ереженің мәтіні және мысалдар (\`npx ereje rules\` — барлық ережелер).
- GitHub-та әр өзгерістен кейін тексеру өздігінен жүреді (\`.github/workflows/ereje.yml\`).

**Мерзімдер**
- \`npx ereje agenda\` — алдағы 4 аптада не істеу керек (ашық есік күні, өтінімдер, бұйрық, анықтама, курстар), апта бойынша;
  мерзімі өткендер бірінші. Мерзім демалыс не мереке күніне түссе, алдыңғы жұмыс күні көрсетіледі.
- \`npx ereje agenda --days 120 --format ics --output agenda.ics\` — Google Calendar, Outlook үшін күнтізбе файлы;
  GitHub әр дүйсенбі сайын оны өзі жасайды (Actions → ereje → Artifacts).

**Құжаттар**: \`npx ereje render order ${order} --lang kk --out documents/\` — біліктілікті арттыру
жоспары туралы бұйрық, PDF (\`documents/\` ішінде; PDF файлдар git-ке қосылмайды, \`.gitignore\`).

## Русский

**Установка ereje.** Версия ereje закреплена в \`package.json\` (${o.version}). В реестре npm ereje пока нет:
положите файл пакета (\`${tgz}\`, его делает \`npm pack\` в копии ereje) в папку \`vendor/\`, выполните
\`npm install --save-dev ./vendor/${tgz}\` и добавьте в git \`vendor/\`, \`package.json\`, \`package-lock.json\`:
после этого здесь работает \`npx ereje …\`, а проверка на GitHub ставит ту же версию.
Если ereje установлен на компьютере глобально (\`npm link\` или \`npm install -g\`), пишите \`ereje\` вместо \`npx ereje\`.

**Что в каких файлах**
- \`${o.region}/organizations.yaml\` — организации (центр, управление образования, школы);
- \`${o.region}/staff.yaml\` — сотрудники, курсы повышения квалификации;
- \`${o.region}/orders.yaml\` — приказы;
- \`${o.region}/events.yaml\` — заявки, дни открытых дверей, методические десанты;
- \`ereje.yaml\` — настройки (язык, какие правила применяются).

**Как заполнять**
- Открывайте файлы в VS Code и установите расширение «YAML» (Red Hat): оно подсказывает поля и значения
  и сразу подчёркивает ошибки.
- \`id\` каждой записи уникален: строчные латинские буквы, цифры, «-» (например \`${p}-s004\`).
- Даты пишутся \`ГГГГ-ММ-ДД\`: \`2026-02-12\`.
- Отступы делайте пробелами, не табуляцией; отступы важны.
- Добавить запись через вопросы: \`npx ereje new open-door-day\` (или \`request\`, \`landing\`, \`order\`, \`staff\`, \`plan\`).

**Проверка**
- \`npx ereje validate\` — проверяет все файлы; для каждой ошибки — файл, строка, пункт положения.
- \`npx ereje explain ID-ПРАВИЛА\` — текст пункта и примеры (\`npx ereje rules\` — все правила).
- На GitHub проверка запускается сама после каждого изменения (\`.github/workflows/ereje.yml\`).

**Сроки**
- \`npx ereje agenda\` — что сделать в ближайшие 4 недели (день открытых дверей, заявки, приказ, справка, курсы), по неделям;
  просроченное — первым. Если срок выпадает на выходной или праздник, показан предыдущий рабочий день.
- \`npx ereje agenda --days 120 --format ics --output agenda.ics\` — файл календаря для Google Calendar, Outlook;
  GitHub создаёт его сам каждый понедельник (Actions → ereje → Artifacts).

**Документы**: \`npx ereje render order ${order} --lang ru --out documents/\` — приказ о плане
повышения квалификации, PDF (в \`documents/\`; PDF-файлы в git не попадают, \`.gitignore\`).

---
ereje ${o.version}
`;
}
