import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { localeSetupOf } from '../localeSetup.js'
import { publicationOf } from '../publicRead.js'
import type { LogEntry } from './append.js'
import type { PublicationChange } from './collection.js'
import { publicTextHash } from './publicText.js'

type Data = Record<string, unknown>

/**
 * The log entries that take what the public sees of one document from `before` to `after` (stored
 * forms with every locale; null: absent), one per locale whose public view appeared, changed or
 * went away. The same rule as recordPublication.ts applies to a write of the document itself.
 */
export function publicChanges(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: number | string,
  before: Data | null,
  after: Data | null,
  at: string,
): LogEntry[] {
  const setup = localeSetupOf(req.payload.config)
  const settings = publicationOf(collection)
  const view = (doc: Data | null, code: string) =>
    doc ? publicTextHash(collection.flattenedFields, doc, code, setup, settings) : undefined
  const entries: LogEntry[] = []
  for (const locale of setup.locales) {
    const was = view(before, locale)
    const now = view(after, locale)
    const change: PublicationChange | undefined = !was
      ? now
        ? 'published'
        : undefined
      : !now
        ? after
          ? 'withdrawn'
          : 'deleted'
        : was !== now
          ? 'updated'
          : undefined
    if (change)
      entries.push({ at, change, collection: collection.slug, documentId: String(id), locale })
  }
  return entries
}
