import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { parseChangesQuery } from './changesQuery.js'
import { documentLocaleKey, readCurrentDocuments } from './currentDocuments.js'
import { encodeCursor } from './cursor.js'
import { feedEntry } from './feedEntry.js'
import { feedFilterOf, feedReaderOf } from './feedReader.js'
import { readLogPage } from './logPage.js'

/**
 * `GET /api/twinning/changes?since=<cursor>&limit=<n>&locale=<code>&collections=<a,b>&include=doc&depth=<n>`:
 * the publication log after a cursor, oldest first — `{ changes: [{ cursor, collection, id, locale,
 * change, at, reason?, tombstone?, doc? }], nextCursor, hasMore }`. Replaying it from the start
 * rebuilds exactly what the reader can read now.
 *
 * Staff read every entry as logged; with `include=doc`, each `published`/`updated` entry carries
 * the document as the public reads it now, or becomes a tombstone where the public cannot. An API
 * key reads the entries of its collections and languages, always checked against what it can read
 * now (its partner city; a photo public in its languages only through another's fallback): an
 * entry of a document it cannot read is a tombstone for it. Anonymous: 401.
 */
export const changesEndpoint: Endpoint = {
  method: 'get',
  path: `/${TWINNING}/changes`,
  handler: async (req) => {
    const reader = feedReaderOf(req)
    const { reads, slugs } = req.payload.config.custom[TWINNING] as ResolvedOptions
    const query = await parseChangesQuery(req, slugs.publicationLog, reads.maxDepth)
    const filter = feedFilterOf(req, reader, query)
    const page = await readLogPage(req, slugs.publicationLog, {
      filter,
      limit: query.limit,
      since: query.since,
    })
    const checked = reader.kind === 'key' || query.includeDoc
    const live = page.rows
      .filter((row) => row.change === 'published' || row.change === 'updated')
      .map((row) => ({ collection: row.collection, id: row.documentId, locale: row.locale }))
    const current = checked
      ? await readCurrentDocuments(req.payload, live, {
          client: reader.kind === 'key' ? reader.client : undefined,
          depth: query.includeDoc ? query.depth : 0,
        })
      : undefined
    const changes = page.rows.map((row) =>
      feedEntry(
        row,
        current && {
          doc: current.get(
            documentLocaleKey({
              collection: row.collection,
              id: row.documentId,
              locale: row.locale,
            }),
          ),
          embed: query.includeDoc,
        },
      ),
    )
    return Response.json({
      changes,
      hasMore: page.hasMore,
      nextCursor: encodeCursor(page.examined),
    })
  },
}
