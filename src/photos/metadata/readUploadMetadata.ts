import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { type EmbeddedMetadata, readEmbeddedMetadata } from './readEmbeddedMetadata.js'
import { uploadedBytes } from '../uploadedBytes.js'

/** What each request's upload carried, from the read before Payload touched the file. */
const readUploads = new WeakMap<PayloadRequest, EmbeddedMetadata | null>()

/**
 * Reads the upload's embedded metadata once, before the operation: Payload's file handling
 * (generateFileData, before any `beforeValidate`) re-encodes some uploads — every WebP and AVIF
 * (possibly animated), and any with resize, format or trim options — and drops their metadata.
 */
export const readUploadMetadata: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    readUploads.set(req, readEmbeddedMetadata(await uploadedBytes(req)) ?? null)
  }
  return args
}

/** The metadata read for this request's upload (once: it is handed out a single time). */
export async function takeUploadMetadata(
  req: PayloadRequest,
): Promise<EmbeddedMetadata | undefined> {
  if (readUploads.has(req)) {
    const metadata = readUploads.get(req)
    readUploads.delete(req)
    return metadata ?? undefined
  }
  // An operation run without the collection's beforeOperation hooks: read what is left.
  return readEmbeddedMetadata(await uploadedBytes(req))
}
