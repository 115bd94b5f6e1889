// How partial dates are stored: a Cypher DATE of the first day they cover ("2012-01" → 2012-01-01), with their precision beside it; read back as precise as that.

/** A stored day read back as precise as its precision says: "2012" for YEAR, "2012-01" for MONTH, the day otherwise. */
export function dayAtPrecision(day: string | null | undefined, precision: string | null | undefined): string | null {
  if (!day) return null;
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day.slice(0, 10);
}
