/**
 * Naming characters a reader cannot see or tell apart: «nаme» with a Cyrillic а, a zero-width
 * space, a soft hyphen, a no-break space, a control character. A message says which code point
 * is where, so the user can find it (an editor shows none of them).
 */

const NAMES: Record<number, string> = {
  0x00a0: 'NO-BREAK SPACE',
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3000: 'IDEOGRAPHIC SPACE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  0xfffd: 'REPLACEMENT CHARACTER',
};
const LOOK_ALIKE: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
};

/** Invisible or formatting: controls, zero-width, bidi, soft hyphen, odd spaces, BOM, lone surrogates. */
export function isInvisible(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp in NAMES || (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0000 && cp <= 0xe007f);
}

export function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "U+0430 CYRILLIC SMALL LETTER A (looks like a)", "U+200B ZERO WIDTH SPACE", "U+0007". */
export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const like = LOOK_ALIKE[ch];
  if (like) return `${codePoint(cp)} ${ch === ch.toUpperCase() ? 'CYRILLIC CAPITAL' : 'CYRILLIC SMALL'} «${ch}», like Latin «${like}»`;
  if (NAMES[cp]) return `${codePoint(cp)} ${NAMES[cp]}`;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return `${codePoint(cp)} (a control character)`;
  if (cp >= 0xd800 && cp <= 0xdfff) return `${codePoint(cp)} (half of a broken character)`;
  return `${codePoint(cp)} «${ch}»`;
}

/**
 * The characters of `s` worth naming, with their position (1-based, in characters):
 * ` [2: U+0430 CYRILLIC SMALL «а», like Latin «a»]`. `asciiOnly`: a key, id or listed value,
 * where every non-ASCII character is suspect; otherwise only invisible ones are named.
 * At most three are named. Empty when there is nothing to say.
 */
export function oddChars(s: string, asciiOnly: boolean): string {
  const out: string[] = [];
  let pos = 0;
  for (const ch of s) {
    pos++;
    const cp = ch.codePointAt(0)!;
    if (isInvisible(cp) || (asciiOnly && cp > 0x7e)) {
      out.push(`${pos}: ${describeChar(ch)}`);
      if (out.length === 3) break;
    }
    if (pos > 10_000) break;
  }
  return out.length ? ` [${out.join('; ')}]` : '';
}
