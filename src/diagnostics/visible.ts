/**
 * Characters that must never reach a terminal or a generated file as they are: C0 controls other
 * than tab and line breaks (NUL, ESC…), DEL, C1 controls (U+0080–U+009F, where U+009B is a CSI),
 * and the bidirectional overrides and isolates of "Trojan Source" (U+202A–U+202E, U+2066–U+2069).
 * Policy text containing one is PD1008; anything printed from policy text goes through `visible`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const hiddenCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const hiddenAll = new RegExp(hiddenCharacter.source, 'g');

/** `U+001B` */
export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with every hidden character written out as `\u{1b}`, so it shows and does nothing. */
export function visible(s: string): string {
  return s.replace(hiddenAll, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/** JSON text with hidden characters as `\uXXXX` escapes (JSON.stringify leaves C1 and bidi characters raw); same value. */
export function jsonVisible(json: string): string {
  return json.replace(hiddenAll, (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
