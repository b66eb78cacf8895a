import type { CollectionSlug, PayloadRequest } from 'payload'

import { publishedInName, publishedInPath } from '../publication/publishedIn.js'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
const inLocale = (value: unknown, locale: string) =>
  text(value && typeof value === 'object' ? (value as Record<string, unknown>)[locale] : value)

/**
 * Was `slug` ever the public slug of this document in `locale`? Only such a slug may be kept as a
 * redirect; any other (a draft's) is released, so `resolve` never confirms an unpublished title.
 * Public now: the document's own row, while the locale is public there. Public before: a kept
 * published version in which the locale was public. Not the own row of a withdrawn locale — a
 * withdrawal merges that locale's latest draft into it. When the versions that showed a slug have
 * been pruned (`maxPerDoc`), the slug is released: a lost redirect, never a leaked title.
 */
export async function wasPublicSlug(
  req: PayloadRequest,
  collection: string,
  document: string,
  locale: string,
  slug: string,
): Promise<boolean> {
  if (!slug) return false
  const own = (await req.payload.db.findOne({
    collection: collection as CollectionSlug,
    locale,
    req,
    where: { id: { equals: document } },
  })) as { publishedIn?: Record<string, unknown>; slug?: unknown } | null
  if (own?.publishedIn?.[publishedInName(locale)] === true && inLocale(own.slug, locale) === slug)
    return true
  const { totalDocs } = await req.payload.db.countVersions({
    collection: collection as CollectionSlug,
    locale,
    req,
    where: {
      and: [
        { parent: { equals: document } },
        { 'version._status': { equals: 'published' } },
        { [`version.${publishedInPath(locale)}`]: { equals: true } },
        { 'version.slug': { equals: slug } },
      ],
    },
  })
  return totalDocs > 0
}
