import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { PublicationChange, PublicationReason } from './collection.js'
import type { FeedFilter } from './feedReader.js'

/** A stored entry of the publication log. */
export interface LogRow {
  at: string
  change: PublicationChange
  collection: string
  documentId: string
  id: number
  locale: string
  reason?: PublicationReason | null
}

export interface LogPage {
  /** Whether entries for this reader follow `examined`. */
  hasMore: boolean
  /** The last log id looked at: every entry up to it was either returned or not the reader's. */
  examined: number
  rows: LogRow[]
}

const listClause = (field: string, values: string[] | undefined): Where[] =>
  values ? [{ [field]: values.length === 1 ? { equals: values[0] } : { in: values } }] : []

/**
 * Up to `limit` log entries after `since` that pass the reader's filter, oldest first. The log's
 * newest id is read first: entries are committed in id order (see append.ts), so every entry up
 * to it is visible to the page read that follows, and when the filtered page ends before `limit`,
 * the reader can continue from there — entries not its own are skipped once, not read again.
 */
export async function readLogPage(
  req: PayloadRequest,
  slug: CollectionSlug,
  { filter, limit, since }: { filter: FeedFilter; limit: number; since: number },
): Promise<LogPage> {
  const newest = await req.payload.db.find({
    collection: slug,
    limit: 1,
    pagination: false,
    req,
    select: { id: true },
    sort: '-id',
  })
  const head = Number(newest.docs[0]?.id ?? 0)
  if (head <= since) return { examined: since, hasMore: false, rows: [] }
  if (filter.collections?.length === 0 || filter.locales?.length === 0)
    return { examined: head, hasMore: false, rows: [] }
  const page = await req.payload.db.find({
    collection: slug,
    limit: limit + 1,
    pagination: false,
    req,
    sort: 'id',
    where: {
      and: [
        { id: { greater_than: since } },
        { id: { less_than_equal: head } },
        ...listClause('locale', filter.locales),
        ...listClause('collection', filter.collections),
      ],
    },
  })
  const rows = (page.docs as unknown as LogRow[]).slice(0, limit)
  const hasMore = page.docs.length > limit
  return { examined: hasMore ? Number(rows.at(-1)!.id) : head, hasMore, rows }
}
