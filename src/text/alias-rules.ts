// An alias entry of a sanctions list (ALIAS_NAME and NOTE) read into names with their kind: markers such as "(nom de guerre)" or "formerly listed as" say the kind and are never names.
import aliasPatterns from './patterns/alias-kinds.json';
import type { NameKind } from './relation-rules';

/** One name an alias entry gives, with its kind. */
export interface AliasName {
  text: string;
  kind: NameKind;
}

const MARKERS = aliasPatterns.markers.map((m) => ({ id: m.id, kind: m.kind as NameKind | null, re: new RegExp(m.pattern, 'giu') }));
const SCRIPTS = aliasPatterns.scripts.map((s) => ({ id: s.id, kind: s.kind as NameKind, re: new RegExp(s.pattern, 'giu') }));

/** Removes every marker from `text`, returning what is left and the kinds the markers gave. */
function stripMarkers(text: string): { rest: string; kinds: NameKind[] } {
  const kinds: NameKind[] = [];
  let rest = text;
  for (const m of MARKERS) {
    rest = rest.replace(m.re, () => {
      if (m.kind) kinds.push(m.kind);
      return ' ';
    });
  }
  return {
    rest: rest
      .replace(/\(\s*\)/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim(),
    kinds,
  };
}

/** Takes the names given in another script ("original script: Абу Банат", "In Arabic: …") out of `text`. */
function takeScripts(text: string, into: AliasName[]): string {
  let rest = text;
  for (const s of SCRIPTS) {
    rest = rest.replace(s.re, (...args: unknown[]) => {
      const groups = args[args.length - 1] as { name?: string; names?: string };
      for (const name of (groups.names ?? groups.name ?? '').split(/[;,]/u)) {
        const clean = name.replace(/[.\s]+$/u, '').trim();
        if (clean) into.push({ text: clean, kind: s.kind });
      }
      return ' ';
    });
  }
  return rest;
}

/** The parts of "Name (other; other)": the head, then each part of the first bracket, split at ';'. */
function parts(text: string): string[] {
  const open = text.indexOf('(');
  const head = (open < 0 ? text : text.slice(0, open)).trim();
  const out = head ? [head] : [];
  if (open >= 0) {
    const close = text.indexOf(')', open);
    for (const part of text.slice(open + 1, close < 0 ? undefined : close).split(';')) if (part.trim()) out.push(part.trim());
  }
  return out;
}

/**
 * The names one alias entry gives: its ALIAS_NAME (and the names in its brackets), and the names its NOTE lists in
 * brackets or in another script. A marker ("(nom de guerre)", "(formerly listed as)", "transliterations of original
 * script name") sets the kind of the names and is dropped; a NOTE of anything else (a birth date, a passport) gives no name.
 */
export function readAliasEntry(aliasName: string, note = ''): AliasName[] {
  const out: AliasName[] = [];
  const name = stripMarkers(takeScripts(aliasName, out));
  const noted = stripMarkers(takeScripts(note, out));
  const kinds = [...name.kinds, ...noted.kinds];
  const kind: NameKind = kinds.find((k) => k !== 'TRANSLITERATION' && k !== 'ORIGINAL_SCRIPT') ?? 'ALIAS';
  for (const part of parts(name.rest)) out.push({ text: part, kind });
  if (noted.kinds.includes('TRANSLITERATION')) {
    for (const part of noted.rest.split(/[,;]/u)) if (part.trim()) out.push({ text: part.trim(), kind: 'TRANSLITERATION' });
  } else if (noted.rest.startsWith('(')) {
    // "(Abdul Rehman Sindhi; Abdur Rahman al-Sindhi)" lists names; "(appears in a false passport)" is a remark.
    for (const part of parts(noted.rest)) if (!/^\p{Ll}{3,}\s/u.test(part)) out.push({ text: part, kind });
  }
  const seen = new Set<string>();
  return out
    .map((a) => ({ ...a, text: a.text.replace(/^[\s,;.]+|[\s,;]+$/gu, '') }))
    .filter((a) => {
      const key = a.text.toLowerCase();
      if (!a.text || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
