/**
 * Why a file could not be read or written, in words: never a raw errno code ("ENOENT") in a
 * message. Each reason is kk/ru/en (fmt picks the language when the message is printed).
 */
import type { Localized } from './i18n.js';

export const REASONS = {
  ENOENT: { kk: 'мұндай файл жоқ', ru: 'нет такого файла', en: 'no such file' },
  EACCES: { kk: 'оқуға рұқсат жоқ', ru: 'нет прав на чтение', en: 'permission denied' },
  EPERM: { kk: 'әрекетке рұқсат жоқ', ru: 'операция не разрешена', en: 'operation not permitted' },
  ELOOP: { kk: 'символдық сілтемелер тұйықталған', ru: 'символические ссылки образуют петлю', en: 'a loop of symbolic links' },
  ENAMETOOLONG: { kk: 'жол тым ұзын (жүйенің шегінен асады)', ru: 'путь слишком длинный (больше предела системы)', en: 'the path is longer than the system allows' },
  ENOTDIR: { kk: 'жолдың бір бөлігі бума емес', ru: 'часть пути — не папка', en: 'a part of the path is not a folder' },
  EISDIR: { kk: 'бұл бума, файл емес', ru: 'это папка, а не файл', en: 'it is a folder, not a file' },
  EIO: { kk: 'дискіден оқу қатесі', ru: 'ошибка чтения с диска', en: 'an input/output error on the disk' },
  EMFILE: { kk: 'бір мезгілде ашық файлдар тым көп', ru: 'слишком много открытых файлов', en: 'too many open files' },
  ENFILE: { kk: 'бір мезгілде ашық файлдар тым көп', ru: 'слишком много открытых файлов', en: 'too many open files' },
  ENOSPC: { kk: 'дискіде орын жоқ', ru: 'на диске нет места', en: 'no space left on the disk' },
  EROFS: { kk: 'файлдық жүйе тек оқуға арналған', ru: 'файловая система только для чтения', en: 'the file system is read-only' },
  EEXIST: { kk: 'файл бар', ru: 'файл уже есть', en: 'the file exists' },
  EBUSY: { kk: 'файл бос емес', ru: 'файл занят', en: 'the file is busy' },
  notRegular: { kk: 'кәдімгі файл емес (арна, құрылғы не сокет)', ru: 'не обычный файл (канал, устройство или сокет)', en: 'not a regular file (a pipe, device or socket)' },
  dangling: { kk: 'символдық сілтеме жоқ файлға апарады', ru: 'символическая ссылка ведёт в никуда', en: 'a symbolic link to nothing (its target is missing)' },
  pastSize: { kk: 'файл өз өлшемінен ұзағырақ оқылады (/proc не құрылғы файлы ма?)', ru: 'файл читается дальше своего размера (файл /proc или устройство?)', en: 'the file reads past its reported size (a /proc or device file?)' },
  outside: { kk: 'деректер репозиторийінен тыс {target} файлына апаратын символдық сілтеме', ru: 'символическая ссылка за пределы репозитория данных (на {target})', en: 'a symbolic link out of the data repo (to {target})' },
} satisfies Record<string, Localized>;

/** The reason of a failed file operation: a known errno in words, else the error's own message. */
export function errnoReason(e: unknown): Localized | string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && code in REASONS) return REASONS[code as keyof typeof REASONS];
  if (code) return `${(e as Error).message}`.replace(/^[A-Z]+: /, '');
  return (e as Error)?.message ?? String(e);
}

/** `outside`, with the link's target filled in. */
export function outsideReason(target: string): Localized {
  const t = REASONS.outside;
  return { kk: t.kk.replace('{target}', target), ru: t.ru.replace('{target}', target), en: t.en.replace('{target}', target) };
}
