import type { CollectionConfig, CollectionSlug } from 'payload'

import { isStaff } from '../access/isStaff.js'
import { label } from '../i18n/label.js'

/** Slug of the slug registry collection. */
export const URL_SLUGS = 'url-slugs' as CollectionSlug

/**
 * The slug registry: every URL slug a document holds or held, per collection and locale. A row is
 * `current` (the slug of the document's latest version in that locale) or an old slug that was
 * public once and now redirects. The unique index on (collection, locale, slug) is what makes a
 * slug unique — current and old ones alike — even under concurrent writes. Written only by the
 * server (the slug field's hooks, the archive seed, the rebuild command); staff may read it.
 */
export function urlSlugsCollection(): CollectionConfig {
  return {
    slug: URL_SLUGS,
    labels: { singular: label('urlSlugs.singular'), plural: label('urlSlugs.plural') },
    admin: {
      defaultColumns: ['slug', 'collection', 'document', 'locale', 'current'],
      group: label('general.groups.admin'),
      useAsTitle: 'slug',
    },
    access: { create: () => false, delete: () => false, read: isStaff, update: () => false },
    defaultSort: 'slug',
    timestamps: false,
    indexes: [
      { fields: ['collection', 'locale', 'slug'], unique: true },
      { fields: ['collection', 'document', 'locale'] },
    ],
    fields: [
      { name: 'collection', type: 'text', required: true, label: label('urlSlugs.collection') },
      // Empty only inside the transaction that creates the document (its id comes after the insert).
      { name: 'document', type: 'text', label: label('urlSlugs.document') },
      { name: 'locale', type: 'text', required: true, label: label('urlSlugs.locale') },
      { name: 'slug', type: 'text', required: true, label: label('urlSlugs.slug') },
      {
        name: 'current',
        type: 'checkbox',
        defaultValue: true,
        label: label('urlSlugs.current'),
      },
    ],
  }
}
