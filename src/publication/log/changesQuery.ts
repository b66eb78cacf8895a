import type { CollectionSlug, PayloadRequest } from 'payload'

import { queryValue } from '../../http/queryValue.js'
import { refuse } from '../../http/refuse.js'
import { localeSetupOf } from '../localeSetup.js'
import { decodeCursor } from './cursor.js'
import { publishedCollections } from '../publishedCollections.js'

export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

/** What `include=` may name. */
const INCLUDES = ['doc']

export interface ChangesQuery {
  /** `collections=a,b` (or `collection=a`): only entries of these collections. */
  collections?: string[]
  /** `depth` of embedded documents (0 when not asked for). */
  depth: number
  /** `include=doc`: embed the document as the reader may read it now. */
  includeDoc: boolean
  limit: number
  locale?: string
  /** The log id after which to read (0: from the start). */
  since: number
}

/** `collections=news,events`: known collections with per-locale publishing, or a 400. */
function namedCollections(req: PayloadRequest, named: string): string[] {
  const published = publishedCollections(req.payload.config)
  const collections = [...new Set(named.split(',').map((slug) => slug.trim()))].filter(Boolean)
  const unknown = collections.length ? collections.find((slug) => !published.includes(slug)) : named
  if (unknown !== undefined)
    refuse(req, 400, 'errors.unknownCollection', {
      collection: unknown.slice(0, 60),
      collections: published.join(', '),
    })
  return collections
}

/** The log id a `since` cursor stands for (0: none), or a 400 when it is malformed or unknown. */
async function cursorPosition(
  req: PayloadRequest,
  logSlug: CollectionSlug,
  since: string | undefined,
): Promise<number> {
  if (since === undefined || since === '') return 0
  const id = decodeCursor(since)
  if (id === undefined) refuse(req, 400, 'errors.cursorMalformed', { cursor: since.slice(0, 80) })
  if (id > 0) {
    const known = await req.payload.db.count({
      collection: logSlug,
      req,
      where: { id: { equals: id } },
    })
    if (!known.totalDocs) refuse(req, 400, 'errors.cursorUnknown', { cursor: since.slice(0, 80) })
  }
  return id
}

/** The query of `changes`, checked: a typed value, or a 400 naming what is wrong. */
export async function parseChangesQuery(
  req: PayloadRequest,
  logSlug: CollectionSlug,
  maxDepth: number,
): Promise<ChangesQuery> {
  const limit = queryValue(req, 'limit')
  const locale = queryValue(req, 'locale')
  const include = queryValue(req, 'include')
  const depth = queryValue(req, 'depth')
  const named = queryValue(req, 'collections', 'collection')
  if (limit !== undefined && !/^\d{1,9}$/.test(limit))
    refuse(req, 400, 'errors.limitInvalid', { limit: limit.slice(0, 40) })
  const { locales } = localeSetupOf(req.payload.config)
  if (locale !== undefined && !locales.includes(locale)) {
    refuse(req, 400, 'errors.unknownLocale', {
      locale: locale.slice(0, 40),
      locales: locales.join(', '),
    })
  }
  if (include !== undefined && include !== '' && !INCLUDES.includes(include))
    refuse(req, 400, 'errors.changesInclude', { include: include.slice(0, 40) })
  if (depth !== undefined && (!/^\d{1,2}$/.test(depth) || Number(depth) > maxDepth))
    refuse(req, 400, 'errors.changesDepth', { depth: depth.slice(0, 40), max: String(maxDepth) })
  const collections = named === undefined ? undefined : namedCollections(req, named)
  const asked = limit === undefined ? DEFAULT_LIMIT : Number(limit)
  return {
    collections,
    depth: depth === undefined ? 0 : Number(depth),
    includeDoc: include === 'doc',
    limit: Math.min(Math.max(asked, 1), MAX_LIMIT),
    locale,
    since: await cursorPosition(req, logSlug, queryValue(req, 'since')),
  }
}
