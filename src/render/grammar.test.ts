import { describe, expect, it } from 'vitest';
import { joinList, kkDative, nameParts, ruAccusativeSurname } from './grammar.js';

describe('Kazakh dative by vowel harmony', () => {
  it.each([
    ['Бекова', 'Бековаға'],
    ['Төлімбет', 'Төлімбетке'],
    ['Ахметов', 'Ахметовке'],
    ['Өтегенов', 'Өтегеновке'],
    ['Мұқанова', 'Мұқановаға'],
    ['Жүнісов', 'Жүнісовке'],
    ['Әбілқасымов', 'Әбілқасымовқа'],
    ['Сәрсенбаев', 'Сәрсенбаевқа'],
    ['Нұрлан', 'Нұрланға'],
    ['Серік', 'Серікке'],
    ['Әлиева', 'Әлиеваға'],
    ['Исаев', 'Исаевқа'],
    ['Әлиев', 'Әлиевке'],
  ])('%s → %s', (w, d) => expect(kkDative(w)).toBe(d));
});

describe('names', () => {
  it('surname, initials, gender from the patronymic', () => {
    expect(nameParts('Бекова Айгүл Серікқызы')).toMatchObject({ surname: 'Бекова', initials: 'А.С.', female: true });
    expect(nameParts('Өтегенов Нұрлан Әбдірахманұлы')).toMatchObject({ surname: 'Өтегенов', initials: 'Н.Ә.', female: false });
    expect(nameParts('Ахметов Б.Қ.')).toMatchObject({ surname: 'Ахметов', initials: 'Б.Қ.' });
    expect(nameParts('Жақыпова Гүлнар Сейітқызы').initials).toBe('Г.С.');
    expect(nameParts('Серікова Айжан Нұрлан қызы')).toMatchObject({ surname: 'Серікова', initials: 'А.Н.', female: true });
  });

  it('Russian accusative of the common surname types', () => {
    expect(ruAccusativeSurname('Бекова', true)).toBe('Бекову');
    expect(ruAccusativeSurname('Ахметов', false)).toBe('Ахметова');
    expect(ruAccusativeSurname('Төлімбет', false)).toBe('Төлімбета');
    expect(ruAccusativeSurname('Төлімбет', true)).toBe('Төлімбет');
    expect(ruAccusativeSurname('Петренко', true)).toBe('Петренко');
  });

  it('lists', () => {
    expect(joinList(['A', 'B', 'C'], 'kk')).toBe('A, B және C');
    expect(joinList(['A', 'B'], 'ru')).toBe('A и B');
    expect(joinList(['A'], 'ru')).toBe('A');
  });
});
