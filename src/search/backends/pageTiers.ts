/**
 * Pages through two ranked tiers — hits with every word in the title, then the rest — each already
 * sorted newer-first by the database. `fetch(tier, offset, limit)` reads one slice of a tier.
 */
export async function pageTiers<T>(
  { limit, page }: { limit: number; page: number },
  counts: [titleHits: number, otherHits: number],
  fetch: (tier: 0 | 1, offset: number, limit: number) => Promise<T[]>,
): Promise<T[]> {
  const start = Math.max(0, (page - 1) * limit)
  const hits: T[] = []
  let offset = start
  for (const tier of [0, 1] as const) {
    const size = counts[tier]
    const wanted = limit - hits.length
    if (wanted <= 0) break
    if (offset >= size) {
      offset -= size
      continue
    }
    hits.push(...(await fetch(tier, offset, Math.min(wanted, size - offset))))
    offset = 0
  }
  return hits
}
