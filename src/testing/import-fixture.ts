/**
 * A realistic staff workbook for the import tests, built with exceljs the way people's files
 * look: two merged title rows and an empty row above the header, Kazakh and Russian headers
 * mixed, Excel serial dates (date-formatted and bare), dd.mm.yyyy text, an empty row in the
 * middle, organisations by id and by name, and bad cells (a misspelt position, an impossible
 * date, an unknown organisation). Data: fixtures/sample (turkistan).
 */
import ExcelJS from 'exceljs';

export interface SheetRow {
  name: string;
  position: string | number;
  org: string;
  hired: string | number | Date | null;
  status?: string;
  /** Serial numbers written with a date format (as Excel stores dates). */
  dateFormat?: boolean;
}

export const GOOD_ROWS: SheetRow[] = [
  { name: 'Әбілқасымова Гүлнұр Өмірқызы', position: 'Әдіскер', org: 'tur-bdo', hired: 43709, dateFormat: true }, // 2019-09-01
  { name: 'Ұлықбекова Һәжәр Іңкәрқызы', position: 'Методист', org: 'КГУ «Центр развития образования» управления развития человеческого потенциала Туркестанской области', hired: '15.08.2021', status: 'Работает' },
  { name: 'Қожахметов Ерғали Үсенұлы', position: 'Мұғалім', org: 'tur-sch-sar-12', hired: 45170 }, // bare serial: 2023-09-01
  { name: 'Петрова Анна Сергеевна', position: 'Заместитель директора', org: 'tur-bdo', hired: new Date(Date.UTC(2024, 0, 10)), status: 'В отпуске' },
];

export const BAD_ROWS: SheetRow[] = [
  { name: 'Серікбаев Нұрлан Асқарұлы', position: 'Методсит', org: 'tur-bdo', hired: '01.02.2022' }, // misspelt position
  { name: 'Оспанова Айжан Бекқызы', position: 'Әдіскер', org: 'tur-bdo', hired: '31.02.2020' }, // no such day
  { name: 'Жұмабаев Арман', position: 'Мұғалім', org: 'Белгісіз мектеп', hired: 44805 }, // unknown organisation
];

export interface BuiltWorkbook {
  bytes: Buffer;
  sheet: string;
  /** 1-based row of each data row in the sheet, in GOOD_ROWS then BAD_ROWS order. */
  rowOf: Map<string, number>;
}

export async function staffWorkbook(rows: SheetRow[] = [...GOOD_ROWS.slice(0, 2), ...BAD_ROWS.slice(0, 1), ...GOOD_ROWS.slice(2), ...BAD_ROWS.slice(1)]): Promise<BuiltWorkbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ereje tests';
  wb.created = new Date(Date.UTC(2026, 8, 1));
  wb.modified = wb.created;
  const sheet = 'Қызметкерлер';
  const ws = wb.addWorksheet(sheet);
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = 'Түркістан облысы БДО қызметкерлерінің тізімі / Список сотрудников ЦРО Туркестанской области';
  ws.mergeCells('A2:F2');
  ws.getCell('A2').value = '01.09.2026 жағдай бойынша / по состоянию на 01.09.2026';
  const headers = ['№', 'Т.А.Ә.', 'Должность', 'Ұйым', 'Дата приёма', 'Мәртебесі'];
  headers.forEach((h, i) => (ws.getCell(4, i + 1).value = h));
  const rowOf = new Map<string, number>();
  let r = 5;
  rows.forEach((row, i) => {
    if (i === 3) r++; // an empty row in the middle
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = row.name;
    ws.getCell(r, 3).value = row.position;
    ws.getCell(r, 4).value = row.org;
    const hired = ws.getCell(r, 5);
    hired.value = row.hired;
    if (row.dateFormat || row.hired instanceof Date) hired.numFmt = 'dd.mm.yyyy';
    if (row.status) ws.getCell(r, 6).value = row.status;
    rowOf.set(row.name, r);
    r++;
  });
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { bytes, sheet, rowOf };
}
