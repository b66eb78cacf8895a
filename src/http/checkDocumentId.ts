import type { GuardContext } from './guardContext.js'
import { isNumericId } from './numericId.js'
import { refuse } from './refuse.js'

// Payload's routes that name a document by its id, and one that names a version by the version's id.
const DOCUMENT_PATHS = new Set(['/:id', '/:id/duplicate'])
const VERSION_PATHS = new Set(['/versions/:id'])

/**
 * `/api/news/abc` on SQLite or PostgreSQL, where ids are numbers: Payload turns `abc` into NaN
 * (and `12abc` into 12) and the database query fails with 500. No document has such an id, so it
 * is a 404. Text ids (MongoDB's ObjectIds, custom text ids) are left to Payload.
 */
export function checkDocumentId({ collection, match, payload, req }: GuardContext): void {
  const id = match?.params.id
  if (!match || id === undefined) return
  const { path } = match.endpoint
  const idType = DOCUMENT_PATHS.has(path)
    ? (collection.customIDType ?? payload.db.defaultIDType)
    : VERSION_PATHS.has(path)
      ? payload.db.defaultIDType
      : undefined
  if (idType !== 'number' || isNumericId(id)) return
  refuse(req, 404, 'errors.idNotFound', { collection: collection.config.slug, id })
}
