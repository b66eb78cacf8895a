import type { Intermediate } from '../decodeIntermediate.js'
import type { RenderedFile } from '../renderRenditions.js'

/**
 * Hand-offs between the hooks of one write. An upload is decoded when it arrives (before Payload
 * touches the stored file) and used by `makeRenditions`; keyed by the upload's bytes, so a file
 * Payload replaced in between (the admin's crop) is decoded again rather than mistaken.
 */
export const decodedUploads = new WeakMap<Buffer, Intermediate>()

/** Encoded renditions waiting for the write to succeed, by request and generation. */
export const pendingRenditions = new WeakMap<object, Map<string, RenderedFile[]>>()
