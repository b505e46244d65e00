import { ruleFor } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';

export default ruleFor<Dataset>()({
  id: 'data/encoding',
  clauses: [],
  severity: 'error',
  subject: { kk: 'файл', ru: 'файл', en: 'file' },
  reportedBy: 'loader',
  alwaysOn: true,
  messages: {
    notUtf8: {
      kk: 'Файл UTF-8 емес, {encoding} кодтауына ұқсайды. UTF-8-ке айналдырыңыз: Notepad++ → «Кодировки» → «Преобразовать в UTF-8», немесе: iconv -f {encoding} -t UTF-8 {file}',
      ru: 'Файл не в UTF-8, похоже на {encoding}. Преобразуйте в UTF-8: Notepad++ → «Кодировки» → «Преобразовать в UTF-8», или: iconv -f {encoding} -t UTF-8 {file}',
      en: 'The file is not UTF-8; it looks like {encoding}. Convert it to UTF-8: Notepad++ → Encoding → Convert to UTF-8, or: iconv -f {encoding} -t UTF-8 {file}',
    },
    notUtf8Unknown: {
      kk: 'Файл UTF-8 емес (кодтауы анықталмады). Оны UTF-8 түрінде қайта сақтаңыз',
      ru: 'Файл не в UTF-8 (кодировку определить не удалось). Пересохраните его в UTF-8',
      en: 'The file is not UTF-8 (its encoding could not be told). Save it again as UTF-8',
    },
    innerBom: {
      kk: 'Файлдың ортасында BOM таңбасы (U+FEFF) тұр — екі файл біріктірілгенде қалады; оны өшіріңіз',
      ru: 'Посреди файла стоит знак BOM (U+FEFF) — так бывает при склейке двух файлов; удалите его',
      en: 'A byte order mark (U+FEFF) in the middle of the file, usually left by joining two files; delete it',
    },
  },
  docs: {
    summary: {
      kk: 'Деректер файлдары UTF-8 кодтауында болады (BOM белгісімен немесе онсыз). Басқа кодтаудағы файл қабылданбайды, бұзылған таңбалармен ешқашан оқылмайды; нәтиже ықтимал кодтауды және файлды қалай айналдыру керегін атайды.',
      ru: 'Файлы данных — в UTF-8 (с BOM или без). Файл в другой кодировке не принимается и никогда не читается «кракозябрами»; замечание называет вероятную кодировку и способ преобразования.',
      en: 'Data files are UTF-8 (with or without a BOM). A file in another encoding is refused, never read as mojibake; the finding names the likely encoding and how to convert.',
    },
    details: {
      kk: 'Ескі орысша және қазақша кеңсе файлдарында `Windows-1251` және `KOI8-R` кодтаулары жиі кездеседі; «Блокнот» бағдарламасындағы «Юникод» — бұл UTF-16. Көрсетілетін орын — UTF-8-ге сай келмейтін бірінші байт: артық ұзын пішіндер мен UTF-8 түрінде жазылған UTF-16 суррогаттары (`CESU-8`) да UTF-8 емес. Файлдың басынан басқа кез келген жерде тұрған BOM белгісі өз орнында хабарланады.',
      ru: 'В старых офисных файлах на русском и казахском часто встречаются `Windows-1251` и `KOI8-R`; «Юникод» из «Блокнота» — это UTF-16. Позиция — первый байт, не соответствующий UTF-8: избыточно длинные формы и суррогаты UTF-16, записанные как UTF-8 (`CESU-8`), тоже не являются UTF-8. Метка порядка байтов (BOM) в любом месте, кроме начала файла, отмечается там, где она стоит.',
      en: 'Windows-1251 and KOI8-R are common in older Russian and Kazakh office files; "Unicode" from Notepad is UTF-16. The position is the first byte that is not UTF-8: overlong forms and UTF-16 surrogates written as UTF-8 (CESU-8) are not UTF-8 either. A byte order mark anywhere but at the start is reported where it is.',
    },
    examples: {
      pass: '# saved as UTF-8\nstaff:\n  - { id: s1, name: "Әлия Қасымқызы", org: c1, position: methodologist }\n',
      fail: '# Windows-1251: C0 EB E8 FF …\n',
    },
  },
});
