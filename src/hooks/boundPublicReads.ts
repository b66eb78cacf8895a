import {
  APIError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type PayloadRequest,
  type Where,
} from 'payload'

import { hasRole, isStaffUser } from '../access/roles.js'
import { refuse } from '../http/refuse.js'
import { junctionOf } from '../publication/publicQuery.js'
import type { ResolvedOptions } from '../options.js'
import { TWINNING } from '../slugs.js'

/** How deeply `where` nests and how many conditions it holds. */
function measure(where: unknown, depth = 1): { conditions: number; depth: number } {
  if (!where || typeof where !== 'object') return { conditions: 0, depth: depth - 1 }
  let conditions = 0
  let deepest = depth
  for (const [key, value] of Object.entries(where as Where)) {
    const junction = junctionOf(key, value)
    if (junction) {
      for (const nested of junction.parts) {
        const inner = measure(nested, depth + 1)
        conditions += inner.conditions
        deepest = Math.max(deepest, inner.depth)
      }
    } else conditions += 1
  }
  return { conditions, depth: deepest }
}

/** 400 for a `where` nested too deep or holding too many conditions. */
function refuseComplexWhere(
  req: PayloadRequest,
  where: Where | undefined,
  reads: ResolvedOptions['reads'],
) {
  const { conditions, depth } = measure(where)
  if (depth > reads.maxWhereDepth || conditions > reads.maxWhereConditions) {
    refuse(req, 400, 'errors.whereTooComplex', {
      conditions: String(reads.maxWhereConditions),
      depth: String(reads.maxWhereDepth),
    })
  }
}

/** Field paths a list may be sorted by: top-level fields and fields inside groups. */
function sortablePaths(fields: FlattenedField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (!('name' in field)) return []
    if (field.type === 'group' || field.type === 'tab')
      return sortablePaths(field.flattenedFields, `${prefix}${field.name}.`)
    return ['array', 'blocks', 'richText', 'json', 'ui', 'join'].includes(field.type)
      ? []
      : [`${prefix}${field.name}`]
  })
}

// Worked out once per collection: public list reads pass here on every request.
const sortableByCollection = new WeakMap<FlattenedField[], Set<string>>()
function sortable(fields: FlattenedField[]): Set<string> {
  let known = sortableByCollection.get(fields)
  if (!known)
    sortableByCollection.set(
      fields,
      (known = new Set(['id', 'createdAt', 'updatedAt', ...sortablePaths(fields)])),
    )
  return known
}

/**
 * No public request reads the whole archive: for everyone but editors and admins, `limit` is capped
 * (`limit=0` and `pagination=false` included), `depth` has a ceiling, and a `where` nested too deep
 * or with too many conditions, or a `sort` on a field that does not exist, is refused with 400.
 * Reads with access overridden (the server's own calls) are not bounded; `findPublic` is.
 */
export const boundPublicReads: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess || hasRole(req.user, 'admin', 'editor')) return args
  const { reads } = req.payload.config.custom[TWINNING] as ResolvedOptions
  // Counts and distinct values filter too: their `where` is bounded like a list's.
  if (operation === 'count' || operation === 'readDistinct') {
    refuseComplexWhere(req, (args as { where?: Where }).where, reads)
    return args
  }
  if (operation !== 'read') return args
  const bounded = args as {
    depth?: number
    limit?: number
    pagination?: boolean
    sort?: string | string[]
    where?: Where
  }

  if (bounded.depth !== undefined && bounded.depth > reads.maxDepth) bounded.depth = reads.maxDepth
  if ('limit' in bounded || 'pagination' in bounded) {
    // "Everything" (limit=0, pagination=false) becomes the largest page; nonsense becomes the default page.
    const everything =
      bounded.limit === 0 || (bounded.pagination === false && bounded.limit === undefined)
    const limit = everything
      ? reads.maxLimit
      : !bounded.limit || bounded.limit < 0
        ? reads.defaultLimit
        : Math.min(bounded.limit, reads.maxLimit)
    bounded.pagination = true
    bounded.limit = limit
  }
  refuseComplexWhere(req, bounded.where, reads)
  // Internal bookkeeping is never served to the public: do not even read it (it is the largest column).
  if (
    !isStaffUser(req.user) &&
    collection.flattenedFields.some((field) => field.name === 'translationTracking')
  ) {
    const select = (args as { select?: Record<string, unknown> }).select
    const excluding = !select || Object.values(select).every((value) => value === false)
    if (excluding)
      (args as { select?: Record<string, unknown> }).select = {
        ...select,
        translationTracking: false,
      }
  }
  const sorts = (Array.isArray(bounded.sort) ? bounded.sort : (bounded.sort ?? '').split(','))
    .map((s) => s.trim().replace(/^-/, ''))
    .filter(Boolean)
  if (sorts.length) {
    const known = sortable(collection.flattenedFields)
    const unknown = sorts.find((path) => !known.has(path))
    if (unknown) refuse(req, 400, 'errors.unknownSort', { field: unknown })
  }
  return args
}
