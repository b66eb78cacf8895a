import type { PublicDoc } from './currentDocuments.js'
import type { PublicationChange, PublicationReason } from './collection.js'
import { encodeCursor } from './cursor.js'
import type { LogRow } from './logPage.js'

/** One entry of the change feed, as a reader receives it. */
export interface FeedEntry {
  at: string
  change: PublicationChange
  collection: string
  cursor: string
  /**
   * With `include=doc`, on `published` and `updated`: the document as the reader may read it now.
   * Its `updatedAt` and `availableLocales` also change with writes to the document's other
   * locales, which have no entry in this locale: a copy kept from the feed holds them as of its
   * locale's last entry.
   */
  doc?: PublicDoc
  id: string
  locale: string
  reason?: PublicationReason
  /** On `withdrawn` and `deleted`: drop the document (in `locale`) from a copy. */
  tombstone?: true
}

/**
 * What the reader may know now of the document a log row names, when that was looked up: its
 * current public form, or undefined when the reader cannot read it (any more).
 */
export interface CurrentState {
  doc: PublicDoc | undefined
  /** Put the document into the entry (`include=doc`). */
  embed: boolean
}

/**
 * A log row as a feed entry. Where the reader's current view was looked up, a `published` or
 * `updated` row of a document it cannot read now becomes a tombstone (`withdrawn`): replayed
 * from the start, the feed then leaves exactly what the reader can read now.
 */
export function feedEntry(row: LogRow, current?: CurrentState): FeedEntry {
  const entry: FeedEntry = {
    at: typeof row.at === 'string' ? row.at : new Date(row.at).toISOString(),
    change: row.change,
    collection: row.collection,
    cursor: encodeCursor(Number(row.id)),
    id: row.documentId,
    locale: row.locale,
  }
  const live = row.change === 'published' || row.change === 'updated'
  if (live && current && !current.doc) return { ...entry, change: 'withdrawn', tombstone: true }
  if (row.reason) entry.reason = row.reason
  if (!live) entry.tombstone = true
  else if (current?.embed) entry.doc = current.doc
  return entry
}
