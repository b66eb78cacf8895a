import type { CollectionConfig } from 'payload'

import { isEditor } from '../../src/access/isEditor.js'
import { isStaff } from '../../src/access/isStaff.js'
import { partnerCitiesField } from '../../src/fields/partnerCitiesField.js'
import { requiredInLocale } from '../../src/fields/requiredInLocale.js'
import { slugField } from '../../src/fields/slugField.js'
import { topicsField } from '../../src/fields/topicsField.js'
import { label } from '../../src/i18n/label.js'
import { localeLabel } from '../../src/i18n/localeLabel.js'
import type { ResolvedOptions } from '../../src/options.js'
import { TWINNING } from '../../src/slugs.js'
import { releaseSlugs } from '../../src/urlSlugs/assignSlug.js'
import { text, textarea } from 'payload/shared'

/** Press releases: written once (usually in German), translated into the other locales. */
export function newsCollection(options: ResolvedOptions): CollectionConfig {
  const { slugs } = options
  return {
    slug: slugs.news,
    labels: {
      singular: label('collections.news.singular'),
      plural: label('collections.news.plural'),
    },
    admin: {
      defaultColumns: ['title', 'publishedAt', 'topics', '_status'],
      group: label('general.groups.content'),
      useAsTitle: 'title',
    },
    // Opts into per-locale publishing (src/publication/): per-locale status, public read rule, log.
    custom: { [TWINNING]: { publication: { fallbackChain: false } } },
    access: {
      create: isEditor,
      delete: isEditor,
      readVersions: isStaff,
      update: isStaff,
      ...options.access.news,
    },
    defaultSort: '-publishedAt',
    // "news" has no distinct plural; GraphQL needs two names (query NewsItem by id, News for lists).
    graphQL: { pluralName: 'News', singularName: 'NewsItem' },
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
    // A deleted document's slugs are released (src/urlSlugs/).
    hooks: { afterDelete: [releaseSlugs] },
    fields: [
      {
        name: 'kicker',
        type: 'text',
        localized: true,
        label: label('fields.kicker'),
        admin: { description: label('descriptions.kicker') },
      },
      {
        name: 'title',
        type: 'text',
        localized: true,
        required: true,
        label: label('fields.title'),
        validate: requiredInLocale(text),
      },
      {
        type: 'tabs',
        tabs: [
          {
            label: label('tabs.content'),
            fields: [
              {
                name: 'dateline',
                type: 'text',
                localized: true,
                label: label('fields.dateline'),
                admin: { description: label('descriptions.dateline') },
              },
              {
                name: 'lead',
                type: 'textarea',
                localized: true,
                required: true,
                label: label('fields.lead'),
                admin: { description: label('descriptions.lead') },
                validate: requiredInLocale(textarea),
              },
              { name: 'body', type: 'richText', localized: true, label: label('fields.body') },
            ],
          },
          {
            label: label('tabs.relations'),
            fields: [
              {
                name: 'heroPhoto',
                type: 'upload',
                relationTo: slugs.photos,
                label: label('fields.heroPhoto'),
              },
              {
                name: 'gallery',
                type: 'upload',
                relationTo: slugs.photos,
                hasMany: true,
                label: label('fields.gallery'),
              },
              partnerCitiesField(slugs.partnerCities),
              topicsField(),
            ],
          },
          {
            label: label('tabs.details'),
            fields: [
              {
                name: 'pressContact',
                type: 'group',
                label: label('fields.pressContact'),
                fields: [
                  { name: 'name', type: 'text', label: label('fields.contactName') },
                  { name: 'office', type: 'text', localized: true, label: label('fields.office') },
                  { name: 'email', type: 'email', label: label('fields.email') },
                  { name: 'phone', type: 'text', label: label('fields.phone') },
                ],
              },
            ],
          },
        ],
      },
      slugField('title', options.adminModule),
      {
        name: 'publishedAt',
        type: 'date',
        index: true,
        required: true,
        defaultValue: () => new Date().toISOString(),
        label: label('fields.publishedAt'),
        admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
      },
      {
        name: 'sourceLanguage',
        type: 'select',
        required: true,
        defaultValue: options.defaultLocale,
        label: label('fields.sourceLanguage'),
        admin: { description: label('descriptions.sourceLanguage'), position: 'sidebar' },
        options: options.locales.map((code) => ({ label: localeLabel(code), value: code })),
      },
    ],
  }
}
