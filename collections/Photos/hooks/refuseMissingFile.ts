import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, PayloadRequest } from 'payload'

import { refuse } from '../../../src/http/refuse.js'

/**
 * An upload handler: a file that is not on disk is a 404 naming it. Payload's own fallback answers
 * 500 "Something went wrong." for it (and logs an error each time). Runs after Payload's access
 * check, so only someone who may read the photos learns that a file does not exist; a file that
 * is there is left to Payload, which streams it.
 */
export async function refuseMissingFile(
  req: PayloadRequest,
  { params }: { params: { collection: string; filename: string } },
): Promise<void> {
  const upload = req.payload.collections[params.collection as CollectionSlug]?.config.upload
  if (!upload) return
  const directory = path.resolve(upload.staticDir || params.collection)
  const file = path.resolve(directory, params.filename)
  // A name that leaves the directory is Payload's to refuse (400).
  if (!file.startsWith(directory + path.sep)) return
  const found = await stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )
  if (!found) refuse(req, 404, 'errors.fileNotFound', { filename: params.filename })
}
