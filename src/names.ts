// Name normalisation shared by loaders and lookups: case, diacritics, apostrophes, punctuation.

/**
 * The key a name is looked up by: lower case, diacritics removed, apostrophes dropped
 * (Da’esh = Da'esh = Daesh), other punctuation as spaces, a leading "the " removed.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\s+/g, ' ');
}

/** The number of a meeting record symbol (S/PV.7587(Resumption1) → 7587), for ordering by symbol; null for none. */
export function symbolNumber(symbol: string | null | undefined): number | null {
  const match = /^S\/PV\.(\d+)/i.exec(symbol ?? '');
  return match ? Number(match[1]) : null;
}

/** Text that substring search runs over: several names and texts, normalised and joined. */
export function searchTextOf(parts: Array<string | null | undefined>): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .map(normaliseName)
    .join(' | ');
}
