import type { PayloadRequest } from 'payload'

import { queryValue } from '../http/queryValue.js'
import { refuse } from '../http/refuse.js'
import { localeSetupOf } from '../publication/localeSetup.js'
import { publicationOf } from '../publication/publicRead.js'
import { urlSlugOptionsOf } from './slugOptions.js'

/** Longest slug or title an endpoint looks at; old slugs may be longer than today's maxLength. */
const MAX_INPUT = 200

/** The collections with a per-locale `slug` (news, events, partner cities as configured). */
export function slugCollections(req: PayloadRequest): string[] {
  return Object.values(req.payload.collections)
    .filter(({ config }) => publicationOf(config))
    .filter(({ config }) =>
      config.flattenedFields.some((f) => f.name === 'slug' && 'localized' in f && f.localized),
    )
    .map(({ config }) => config.slug)
}

/** `collection` and `locale` of a slug endpoint, checked: a 400 names the valid values. */
export function parseTarget(req: PayloadRequest): { collection: string; locale: string } {
  const collection = queryValue(req, 'collection') ?? ''
  const locale = queryValue(req, 'locale') ?? ''
  const collections = slugCollections(req)
  if (!collections.includes(collection))
    refuse(req, 400, 'errors.unknownCollection', {
      collection: collection.slice(0, 40),
      collections: collections.join(', '),
    })
  const { locales } = localeSetupOf(req.payload.config)
  if (!locales.includes(locale))
    refuse(req, 400, 'errors.unknownLocale', {
      locale: locale.slice(0, 40),
      locales: locales.join(', '),
    })
  return { collection, locale }
}

/** `GET /api/twinning/resolve`: collection, locale and a non-empty slug of sane length. */
export function parseResolveQuery(req: PayloadRequest) {
  const target = parseTarget(req)
  const slug = (queryValue(req, 'slug') ?? '').trim()
  if (!slug) refuse(req, 400, 'urlSlugs.errors.slugMissing')
  const max = Math.max(MAX_INPUT, urlSlugOptionsOf(req).maxLength)
  if ([...slug].length > max) refuse(req, 400, 'urlSlugs.errors.slugTooLong', { max: String(max) })
  return { ...target, slug }
}

/** `GET /api/twinning/slug`: collection, locale, the title to make a slug of, and the document's id if it has one. */
export function parseSlugQuery(req: PayloadRequest) {
  const target = parseTarget(req)
  const title = queryValue(req, 'title') ?? ''
  if (!title.trim()) refuse(req, 400, 'urlSlugs.errors.titleMissing')
  if ([...title].length > MAX_INPUT * 5)
    refuse(req, 400, 'urlSlugs.errors.titleTooLong', { max: String(MAX_INPUT * 5) })
  const id = queryValue(req, 'id')?.trim() || null
  return { ...target, id: id && id.length <= 64 ? id : null, title }
}
