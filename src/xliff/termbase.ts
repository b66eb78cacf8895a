import type { Payload } from 'payload'

import type { ResolvedOptions } from '../options.js'

/** An approved translation of a term that occurs in a unit's source. */
export interface TermEntry {
  /** Where the entry comes from: `partner-cities/3`. */
  origin: string
  source: string
  target: string
}

export type Termbase = (text: string) => TermEntry[]

/**
 * Partner-city names as a termbase: a city's name in the source locale, with its name in the target
 * locale where that locale is published (an unpublished name is not approved yet).
 */
export async function loadTermbase(
  payload: Payload,
  options: ResolvedOptions,
  source: string,
  target: string,
): Promise<Termbase> {
  if (!options.collections.partnerCities) return () => []
  const slug = options.slugs.partnerCities
  const { docs } = await payload.find({
    collection: slug,
    depth: 0,
    draft: false,
    limit: 0,
    locale: 'all',
    overrideAccess: true,
    pagination: false,
    select: { availableLocales: true, name: true },
  })
  const entries: TermEntry[] = []
  for (const city of docs as Array<{
    availableLocales?: string[]
    id: number | string
    name?: Record<string, string | null>
  }>) {
    const published = city.availableLocales ?? []
    const from = city.name?.[source]
    const to = city.name?.[target]
    if (from && to && published.includes(source) && published.includes(target))
      entries.push({ origin: `${slug}/${city.id}`, source: from, target: to })
  }
  // Longest names first, so "Sejong City" is matched before "Sejong".
  entries.sort((a, b) => b.source.length - a.source.length)
  return (text) => entries.filter((entry) => text.includes(entry.source))
}
