import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { publicationOf } from './publicRead.js'
import { LOCALE_ACTION } from './scopePublishingToLocale.js'

/**
 * Whether a write can change what the public reads: every write outside per-locale publishing,
 * and, inside it, creates and publish/unpublish writes. A draft save of an existing document
 * writes only a version, never the row public reads come from — so it neither enters the
 * publication log nor drops cached public answers.
 */
export function changesPublicRow(
  collection: Pick<SanitizedCollectionConfig, 'custom'>,
  operation: 'create' | 'update',
  req: Pick<PayloadRequest, 'context'>,
): boolean {
  if (!publicationOf(collection) || operation === 'create') return true
  return Boolean(req.context[LOCALE_ACTION])
}
