import type { GuardContext } from './guardContext.js'
import { refuse } from './refuse.js'

/**
 * `/api/photos/file/x.jpg?prefix=…`: Payload's file access check adds a condition on the
 * collection's `prefix` field (storage adapters add one); without that field the query fails with
 * 500. A prefix means nothing to such a collection, so it is a 400.
 */
export function checkFilePrefix({ collection, match, req, request }: GuardContext): void {
  if (match?.endpoint.path !== '/file/:filename') return
  if (!new URL(request.url).searchParams.has('prefix')) return
  if (collection.config.flattenedFields.some((field) => field.name === 'prefix')) return
  refuse(req, 400, 'errors.filePrefixUnsupported', { collection: collection.config.slug })
}
