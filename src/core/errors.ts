/**
 * Typed errors that end a command. `main` turns them into a message and an exit code in
 * one place; nothing else calls process.exit.
 */
import { fmt, pickLocalized, type Lang, type Localized } from './i18n.js';

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const MESSAGES: Record<string, Localized> = {
  'path-not-found': {
    kk: 'Жол табылмады: {path}',
    ru: 'Путь не найден: {path}',
    en: 'Path not found: {path}',
  },
  'bad-date': {
    kk: '{flag} үшін күн ЖЖЖЖ-АА-КК түрінде болуы керек (мысалы 2026-11-22), берілгені: {value}',
    ru: 'Для {flag} нужна дата в виде ГГГГ-ММ-ДД (например 2026-11-22), получено: {value}',
    en: '{flag} needs a date written YYYY-MM-DD (e.g. 2026-11-22), got: {value}',
  },
  'unreal-date': {
    kk: '{flag}: {value} — күнтізбеде мұндай күн жоқ',
    ru: '{flag}: {value} — такой даты в календаре нет',
    en: '{flag}: {value} is not a real date (no such day in the calendar)',
  },
  'bad-choice': {
    kk: '{flag} мәні {value} қате; мүмкін мәндер: {choices}',
    ru: 'Недопустимое значение {value} для {flag}; возможные: {choices}',
    en: 'Invalid value {value} for {flag}; choose one of: {choices}',
  },
  'bad-number': {
    kk: '{flag} үшін теріс емес бүтін сан керек, берілгені: {value}',
    ru: 'Для {flag} нужно неотрицательное целое число, получено: {value}',
    en: '{flag} needs a non-negative whole number, got: {value}',
  },
  'unknown-rule': {
    kk: 'Мұндай ереже жоқ: {id}{hint}. Тізім: ereje rules',
    ru: 'Нет такого правила: {id}{hint}. Список: ereje rules',
    en: 'No such rule: {id}{hint}. See: ereje rules',
  },
  'unknown-module': {
    kk: 'Мұндай модуль жоқ: {name}; бар модульдер: {choices}',
    ru: 'Нет такого модуля: {name}; есть: {choices}',
    en: 'No such module: {name}; available: {choices}',
  },
  'settings-unreadable': {
    kk: 'Баптаулар файлын оқу мүмкін емес: {file}:{line}:{column}: {reason}',
    ru: 'Не удаётся прочитать файл настроек: {file}:{line}:{column}: {reason}',
    en: 'Cannot read the settings file: {file}:{line}:{column}: {reason}',
  },
  'write-failed': {
    kk: 'Файлды жазу мүмкін емес: {file}: {reason}',
    ru: 'Не удаётся записать файл: {file}: {reason}',
    en: 'Cannot write the file: {file}: {reason}',
  },
  'file-changed': {
    kk: 'Файл оқылғаннан кейін өзгерді (басқа адам не бағдарлама): {file}. Ештеңе жазылмады; қайта іске қосыңыз',
    ru: 'Файл изменился после чтения (другим человеком или программой): {file}. Ничего не записано; запустите снова',
    en: 'The file changed since it was read (another person or process): {file}. Nothing was written; run the command again',
  },
  'file-exists': {
    kk: 'Файл бар, қайта жазылмайды: {file} (қайта жазу үшін --force)',
    ru: 'Файл уже существует и не будет перезаписан: {file} (для перезаписи --force)',
    en: 'File exists and was not overwritten: {file} (use --force to replace it)',
  },
};

/** Registers more messages (commands add their own). */
export function addErrorMessages(extra: Record<string, Localized>): void {
  Object.assign(MESSAGES, extra);
}

export class EreError extends Error {
  constructor(
    readonly id: string,
    readonly data: Record<string, unknown> = {},
    readonly exitCode: number = EXIT.usage,
  ) {
    super(id);
  }

  render(lang: Lang): string {
    const m = MESSAGES[this.id];
    return m ? fmt(pickLocalized(m, lang), this.data, lang) : `${this.id} ${JSON.stringify(this.data)}`;
  }
}

/** The command could not run: bad flag, missing path, unreadable settings (exit 2). */
export class UsageError extends EreError {
  constructor(id: string, data: Record<string, unknown> = {}) {
    super(id, data, EXIT.usage);
  }
}

/** The command ran and refused (e.g. render on data with errors): exit 1. */
export class RefusedError extends EreError {
  constructor(id: string, data: Record<string, unknown> = {}) {
    super(id, data, EXIT.findings);
  }
}
