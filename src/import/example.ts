/**
 * The example `ereje init` ships: a staff workbook as people keep one (merged title rows, an
 * empty row, Kazakh and Russian headers, Excel dates, organisations by name) and its mapping
 * file, for the sample region's organisations. `import/staff.map.yaml` is not read as data
 * (src/load/files.ts skips *.map.yaml).
 */
import type { Region } from '../schema/collections.js';
import { REGION_INFO } from '../schema/regions.js';

export const EXAMPLE_WORKBOOK = 'import/staff.xlsx';
export const EXAMPLE_MAP = 'import/staff.map.yaml';

export async function exampleWorkbook(o: { region: Region; prefix: string; today: string }): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ereje init';
  wb.created = new Date(`${o.today}T00:00:00Z`);
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Қызметкерлер');
  ws.mergeCells('A1:G1');
  ws.getCell('A1').value = `${REGION_INFO[o.region].kk} — қызметкерлер тізімі / ${REGION_INFO[o.region].ru} — список сотрудников`;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.mergeCells('A2:G2');
  ws.getCell('A2').value = `npx ereje import ${EXAMPLE_WORKBOOK} --into ${o.region} --map ${EXAMPLE_MAP} --dry-run`;
  const header = ['№', 'Т.А.Ә.', 'Лауазымы', 'Ұйым', 'Жұмысқа қабылданған күні', 'Санаты', 'Статус'];
  header.forEach((h, i) => {
    const c = ws.getCell(4, i + 1);
    c.value = h;
    c.font = { bold: true };
  });
  const rows: (string | number | null)[][] = [
    ['Төлеуова Әйгерім Нұрланқызы', 'Аға әдіскер-сарапшы', 'Білім беруді дамыту орталығы', 44440, 'жоғары', 'Жұмыс істейді'],
    ['Исаев Данияр Маратович', 'Методист', 'Центр развития образования', '01.09.2022', 'первая', null],
    null as never,
    ['Құрманғазы Ұлан Бақытжанұлы', 'Мұғалім', `${o.prefix}-sch-01`, 45170, 'педагог-модератор', null],
    ['Сергеева Ольга Ивановна', 'Учитель', 'Общеобразовательная школа №1', '15.08.2019', null, 'В отпуске'],
  ];
  let n = 0;
  rows.forEach((row, i) => {
    if (!row) return; // an empty row, as sheets have them
    const r = 5 + i;
    ws.getCell(r, 1).value = ++n;
    row.forEach((v, k) => {
      if (v === null) return;
      const c = ws.getCell(r, k + 2);
      c.value = v;
      if (k === 3 && typeof v === 'number') c.numFmt = 'dd.mm.yyyy';
    });
  });
  [5, 34, 24, 32, 16, 18, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function exampleMap(o: { region: Region; prefix: string }): string {
  return [
    '# ereje import: кесте бағандарының сәйкестігі / соответствие столбцов таблицы',
    `#   npx ereje import ${EXAMPLE_WORKBOOK} --into ${o.region} --map ${EXAMPLE_MAP} --dry-run`,
    '# Т.А.Ә./ФИО, Лауазымы/Должность, Ұйым/Организация, Жұмысқа қабылданған күні/Дата приёма … өздігінен танылады;',
    '# мұнда тек қалғаны / распознаются сами; здесь только остальное.',
    'collection: staff',
    'columns:                         # тақырып → өріс / заголовок → поле (skip: импорттамау / не импортировать)',
    '  "Санаты": skip',
    'values:                          # ұяшықтағы жазу → мән / написание в ячейке → значение',
    '  position:',
    '    "Аға әдіскер-сарапшы": methodologist',
    `region: ${o.region}                # ұйымдар атауымен осы облыстан ізделеді / организации по названию ищутся в этом регионе`,
    `# fixed: { org: ${o.prefix}-bdo }        # бүкіл парақ бір ұйымдікі / весь лист — одна организация`,
    `# ids: { prefix: ${o.prefix}-s-, from: [org, name] }   # id бағаны жоқта / когда нет столбца id: префикс + тұрақты хэш`,
    '',
  ].join('\n');
}
