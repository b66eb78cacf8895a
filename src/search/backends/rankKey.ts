/**
 * The index's sort key for "newer above older, undated last": the date in seconds times 4096, plus
 * a slot (0–4095) that keeps keys unique among items of the same second. SQLite uses it as the FTS
 * rowid and PostgreSQL as the primary key, so that scanning the index backwards already yields hits
 * in rank order and a query for a word every document holds stops after one page.
 * Every key stays within ±2^52, an exact JavaScript number and a 64-bit integer.
 */
export const SLOTS = 4096

const LIMIT_SECONDS = 2 ** 40

/** The key of the lowest slot of this date's second; undated items sort below every dated one. */
export function rankBase(date: string | null): number {
  const ms = date ? Date.parse(date) : Number.NaN
  if (Number.isNaN(ms)) return -LIMIT_SECONDS * SLOTS
  const seconds = Math.max(-LIMIT_SECONDS + 1, Math.min(LIMIT_SECONDS - 1, Math.floor(ms / 1000)))
  return seconds * SLOTS
}

/**
 * The highest free key at or below this date's second, probing down through its slots (and into
 * earlier seconds once all 4096 are taken). `lowestTaken(from, to)` returns the lowest key in use
 * in [from, to] or null; `firstGap(from, to)` a free key in (from, to] just below a used one, or null.
 */
export async function freeRankKey(
  date: string | null,
  lookup: {
    firstGap: (from: number, to: number) => Promise<number | null>
    lowestTaken: (from: number, to: number) => Promise<number | null>
  },
): Promise<number> {
  for (let base = rankBase(date); ; base -= SLOTS) {
    const top = base + SLOTS - 1
    const lowest = await lookup.lowestTaken(base, top)
    if (lowest === null) return top
    if (lowest > base) return lowest - 1
    const gap = await lookup.firstGap(base, top)
    if (gap !== null) return gap
  }
}
