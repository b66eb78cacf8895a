import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { requireStaff } from '../../endpoints/respond.js'
import { queryValue } from '../../http/queryValue.js'
import { refuse } from '../../http/refuse.js'
import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { localeSetupOf } from '../localeSetup.js'
import { decodeCursor, encodeCursor } from './cursor.js'

const DEFAULT_LIMIT = 100
const MAX_LIMIT = 1000

interface ChangesQuery {
  limit: number
  locale?: string
  since: number
}

/** The query of `changes`, checked: a typed value, or a 400 naming what is wrong. */
async function parseChangesQuery(
  req: PayloadRequest,
  logSlug: CollectionSlug,
): Promise<ChangesQuery> {
  const since = queryValue(req, 'since')
  const limit = queryValue(req, 'limit')
  const locale = queryValue(req, 'locale')
  let sinceId = 0
  if (since !== undefined && since !== '') {
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
    sinceId = id
  }
  if (limit !== undefined && !/^\d{1,9}$/.test(limit))
    refuse(req, 400, 'errors.limitInvalid', { limit: limit.slice(0, 40) })
  const { locales } = localeSetupOf(req.payload.config)
  if (locale !== undefined && !locales.includes(locale)) {
    refuse(req, 400, 'errors.unknownLocale', {
      locale: locale.slice(0, 40),
      locales: locales.join(', '),
    })
  }
  const asked = limit === undefined ? DEFAULT_LIMIT : Number(limit)
  return { limit: Math.min(Math.max(asked, 1), MAX_LIMIT), locale, since: sinceId }
}

/**
 * `GET /api/twinning/changes?since=<cursor>&limit=<n>&locale=<code>`: the publication log after a
 * cursor, oldest first — `{ changes: [{ cursor, collection, id, locale, change, at, reason? }], nextCursor,
 * hasMore }`. Replaying it from the start tells exactly which document-locales are public. Staff
 * only for now (anonymous: 401); the partner API opens it to keys.
 */
export const changesEndpoint: Endpoint = {
  method: 'get',
  path: `/${TWINNING}/changes`,
  handler: async (req) => {
    requireStaff(req)
    const { slugs } = req.payload.config.custom[TWINNING] as ResolvedOptions
    const query = await parseChangesQuery(req, slugs.publicationLog)
    const page = await req.payload.db.find({
      collection: slugs.publicationLog,
      limit: query.limit + 1,
      pagination: false,
      req,
      sort: 'id',
      where: {
        and: [
          { id: { greater_than: query.since } },
          ...(query.locale ? [{ locale: { equals: query.locale } }] : []),
        ],
      },
    })
    const rows = page.docs.slice(0, query.limit) as Array<Record<string, unknown>>
    const changes = rows.map((row) => ({
      at: row.at,
      change: row.change,
      collection: row.collection,
      cursor: encodeCursor(Number(row.id)),
      id: row.documentId,
      locale: row.locale,
      ...(row.reason ? { reason: row.reason } : {}),
    }))
    const last = rows.at(-1)
    return Response.json({
      changes,
      hasMore: page.docs.length > query.limit,
      nextCursor: encodeCursor(last ? Number(last.id) : query.since),
    })
  },
}
