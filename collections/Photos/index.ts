import path from 'node:path'

import type { CollectionConfig } from 'payload'
import { text } from 'payload/shared'

import { isEditor } from '../../src/access/isEditor.js'
import { isStaff } from '../../src/access/isStaff.js'
import { requiredInLocale } from '../../src/fields/requiredInLocale.js'
import { label } from '../../src/i18n/label.js'
import type { ResolvedOptions } from '../../src/options.js'
import { withPhotoFeatures } from '../../src/photos/index.js'
import { TWINNING } from '../../src/slugs.js'
import { refuseMissingFile } from './hooks/refuseMissingFile.js'

export const LICENCES = ['allRightsReserved', 'pressOnly', 'ccBy4', 'ccBySa4', 'cc0'] as const

/**
 * Photos with credits. The credit is a plain, untranslated field so it can never be lost in translation.
 * Alt text and caption are published per locale like any text; a photo stays visible in every locale,
 * with its texts from the locale's fallback chain until that locale is published.
 */
export function photosCollection(options: ResolvedOptions): CollectionConfig {
  return withPhotoFeatures(baseCollection(options), options)
}

function baseCollection(options: ResolvedOptions): CollectionConfig {
  return {
    slug: options.slugs.photos,
    labels: {
      singular: label('collections.photos.singular'),
      plural: label('collections.photos.plural'),
    },
    admin: {
      defaultColumns: ['filename', 'alt', 'credit', 'licence'],
      group: label('general.groups.media'),
      useAsTitle: 'alt',
    },
    access: {
      create: isEditor,
      delete: isEditor,
      readVersions: isStaff,
      update: isStaff,
      ...options.access.photos,
    },
    // Opts into per-locale publishing; an unpublished locale is served from its fallback chain.
    custom: { [TWINNING]: { publication: { fallbackChain: true } } },
    versions: { drafts: true, maxPerDoc: 20 },
    upload: {
      staticDir: path.resolve(options.mediaDir),
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
      handlers: [refuseMissingFile],
      focalPoint: true,
    },
    fields: [
      {
        name: 'alt',
        type: 'text',
        localized: true,
        required: true,
        label: label('fields.alt'),
        admin: { description: label('descriptions.alt') },
        validate: requiredInLocale(text),
      },
      { name: 'caption', type: 'textarea', localized: true, label: label('fields.caption') },
      {
        name: 'credit',
        type: 'text',
        required: true,
        label: label('fields.credit'),
        admin: { description: label('descriptions.credit') },
      },
      { name: 'copyrightHolder', type: 'text', label: label('fields.copyrightHolder') },
      {
        name: 'licence',
        type: 'select',
        required: true,
        defaultValue: 'pressOnly',
        label: label('fields.licence'),
        options: LICENCES.map((value) => ({ label: label(`licences.${value}`), value })),
      },
    ],
  }
}
