import type { Access, CollectionAfterReadHook, CollectionBeforeOperationHook, Where } from 'payload'

import { isPublicReader } from '../../publication/predicates.js'
import { isRightsExpired, rightsValidWhere } from './expiry.js'
import { armExpiryAlarm } from './expiryAlarm.js'
import { unavailablePhoto } from './placeholder.js'

/**
 * How the public reads photos whose rights have expired, decided at read time (so nothing leaks
 * between expiry and the job's run):
 * - directly (`/api/photos`, `/api/photos/:id`, counts, GraphQL `Photos`/`Photo`, `findPublic`):
 *   not at all — they are filtered out, a read by id answers 404;
 * - where another document relates to one (an upload or relationship field, a rich-text upload
 *   node, at any depth, REST, GraphQL and `findPublic` alike): a placeholder
 *   `{ id, unavailable: true, reason: 'rightsExpired' }`, no file name, URL or text.
 * Staff and the server's own reads (access overridden) see every photo as it is.
 */

type Select = Record<string, unknown>
type ReadArgs = {
  disableErrors?: boolean
  id?: unknown
  select?: Select
  where?: Where
}

const isPublicRead = (overrideAccess: boolean | undefined, user: unknown) =>
  !overrideAccess && isPublicReader(user)

/**
 * The find Payload's dataloader runs to populate relations — REST and Local API depth, rich-text
 * upload nodes, GraphQL relation resolvers all go through it: ids only, errors disabled. Its
 * `where` names nothing but ids, so letting an expired photo through it (to become a placeholder)
 * reveals nothing a filter could probe.
 */
export function isPopulationRead(args: ReadArgs): boolean {
  if (args.id !== undefined || args.disableErrors !== true || !args.where) return false
  const keys = Object.keys(args.where)
  if (keys.length !== 1 || keys[0] !== 'id') return false
  const condition = args.where.id as Record<string, unknown> | undefined
  return !!condition && Object.keys(condition).length === 1 && Array.isArray(condition.in)
}

/** A selection that always carries the expiry date (in include mode), or never leaves it out. */
function withExpirySelected(select: Select | undefined): Select | undefined {
  if (!select || typeof select !== 'object') return select
  const including = Object.values(select).some(
    (value) => value === true || (value && typeof value === 'object'),
  )
  const next = { ...select }
  if (including) next.rightsExpireAt = true
  else if (next.rightsExpireAt === false) delete next.rightsExpireAt
  return next
}

/** Before a public find, count or distinct read: expired photos are filtered out, except where populated. */
export const hideExpiredPhotos: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') return args
  if (!isPublicRead(overrideAccess, req.user)) return args
  const query = args as ReadArgs
  if (operation === 'read') {
    query.select = withExpirySelected(query.select)
    // A read by id is narrowed by the read rule (`withRightsOnReadById`): Payload ignores `where` there.
    if (query.id !== undefined || isPopulationRead(query)) return args
  }
  query.where = query.where ? { and: [query.where, rightsValidWhere()] } : rightsValidWhere()
  return args
}

/**
 * The photos' read rule with expiry added for reads by id (REST, GraphQL `Photo`, `findPublicByID`):
 * an expired photo answers 404. File reads (`/api/photos/file/…`) pass no id and are answered 410
 * by `refuseExpiredFile`.
 */
export const withRightsOnReadById =
  (base: Access | undefined): Access =>
  async (args) => {
    const result = base ? await base(args) : Boolean(args.req.user)
    if (args.id === undefined || result === false || !isPublicReader(args.req.user)) return result
    return result === true ? rightsValidWhere() : { and: [result, rightsValidWhere()] }
  }

/** After a public read: an expired photo becomes the placeholder (the filters above let only populated ones through). */
export const servePlaceholderWhenExpired: CollectionAfterReadHook = ({
  collection,
  doc,
  overrideAccess,
  req,
}) => {
  if (!doc || typeof doc !== 'object' || !isPublicRead(overrideAccess, req.user)) return doc
  if (isRightsExpired(doc)) return unavailablePhoto(doc.id)
  // A cached answer that shows the photo must go when its rights do.
  armExpiryAlarm(req, collection.slug, doc.id, doc.rightsExpireAt)
  return doc
}
