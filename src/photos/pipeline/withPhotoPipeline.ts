import type { CollectionConfig, UploadConfig } from 'payload'

import { label } from '../../i18n/label.js'
import type { ResolvedOptions } from '../../options.js'
import { addRenditionURLs } from './hooks/addRenditionURLs.js'
import { checkUpload } from './hooks/checkUpload.js'
import { makeRenditions } from './hooks/makeRenditions.js'
import { serveRendition } from './hooks/serveRendition.js'
import { ACCEPTED_FORMATS } from './inspectUpload.js'
import { deleteRenditions, writeRenditions } from './hooks/writeRenditions.js'
import { fallbackEntry, renditionURL } from './renditionURL.js'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

// What the pipeline decodes; HEIC is refused with 415 by checkUpload (no HEVC decoder in sharp's build).
const MIME_TYPES = ACCEPTED_FORMATS.map((format) => `image/${format}`)

/**
 * The photo pipeline on the photos collection: accepted types and limits, renditions (sizes ×
 * formats, focal-point crops), metadata written into derived images, bounded concurrency.
 * Stored field: `renditions` (json). Payload's own `imageSizes` are not used: one decode per
 * upload, metadata and memory under our control.
 */
export function withPhotoPipeline(
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig {
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        beforeListTable: [
          ...(collection.admin?.components?.beforeListTable ?? []),
          `${options.adminModule}#PhotoProcessing`,
        ],
      },
    },
    upload: {
      ...upload,
      mimeTypes: [...new Set([...(upload.mimeTypes ?? []), ...MIME_TYPES])],
      adminThumbnail: ({ doc }) => {
        const entry = fallbackEntry(doc.renditions, 'thumbnail')
        return entry && typeof doc.filename === 'string'
          ? renditionURL({ api: '/api', collection: collection.slug }, doc.filename, entry.filename)
          : null
      },
      // Appended: handlers placed before (rights expiry) answer first.
      // (Payload types a handler's result as `Promise<void> | Promise<Response>`, not either.)
      handlers: [...(upload.handlers ?? []), serveRendition as UploadHandler],
    },
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), checkUpload(options)],
      beforeChange: [...(hooks.beforeChange ?? []), makeRenditions(options)],
      afterChange: [...(hooks.afterChange ?? []), writeRenditions],
      afterDelete: [...(hooks.afterDelete ?? []), deleteRenditions],
      afterRead: [...(hooks.afterRead ?? []), addRenditionURLs],
    },
    fields: [
      ...collection.fields,
      {
        name: 'renditions',
        type: 'json',
        label: label('fields.renditions'),
        admin: { readOnly: true },
      },
    ],
  }
}
