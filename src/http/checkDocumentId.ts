import type { GuardContext } from './guardContext.js'
import { refuse } from './refuse.js'

// Payload's routes that name a document by its id, and one that names a version by the version's id.
const DOCUMENT_PATHS = new Set(['/:id', '/:id/duplicate'])
const VERSION_PATHS = new Set(['/versions/:id'])

// Ids that SQL databases store: positive integers within PostgreSQL's `serial` (int4).
const NUMERIC_ID = /^[1-9]\d{0,9}$/
const MAX_NUMERIC_ID = 2 ** 31 - 1

/**
 * `/api/news/abc` on SQLite or PostgreSQL, where ids are numbers: Payload turns `abc` into NaN
 * (and `12abc` into 12) and the database query fails with 500. No document has such an id, so it
 * is a 404. Text ids (MongoDB's ObjectIds, custom text ids) are left to Payload.
 */
export function checkDocumentId({ collection, match, payload, req }: GuardContext): void {
  const id = match?.params.id
  if (id === undefined) return
  const path = match!.endpoint.path
  const idType = DOCUMENT_PATHS.has(path)
    ? (collection.customIDType ?? payload.db.defaultIDType)
    : VERSION_PATHS.has(path)
      ? payload.db.defaultIDType
      : undefined
  if (idType !== 'number') return
  if (NUMERIC_ID.test(id) && Number(id) <= MAX_NUMERIC_ID) return
  refuse(req, 404, 'errors.idNotFound', { collection: collection.config.slug, id })
}
