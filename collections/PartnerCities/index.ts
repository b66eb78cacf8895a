import type { CollectionConfig } from 'payload'
import { text } from 'payload/shared'

import { isEditor } from '../../src/access/isEditor.js'
import { isStaff } from '../../src/access/isStaff.js'
import { coordinatesField } from '../../src/fields/coordinatesField.js'
import { countryField } from '../../src/fields/countryField.js'
import { requiredInLocale } from '../../src/fields/requiredInLocale.js'
import { slugField } from '../../src/fields/slugField.js'
import { timeZoneField } from '../../src/fields/timeZoneField.js'
import { topicsField } from '../../src/fields/topicsField.js'
import { urlField } from '../../src/fields/urlField.js'
import { label } from '../../src/i18n/label.js'
import type { ResolvedOptions } from '../../src/options.js'
import { TWINNING } from '../../src/slugs.js'
import { releaseSlugs } from '../../src/urlSlugs/assignSlug.js'

export const RELATIONSHIPS = [
  'twinCity',
  'friendshipCity',
  'memorandum',
  'letterOfIntent',
  'cooperationAgreement',
] as const

/** Profiles of the partner cities; their names in five locales also serve as the termbase. */
export function partnerCitiesCollection(options: ResolvedOptions): CollectionConfig {
  const { slugs } = options
  return {
    slug: slugs.partnerCities,
    labels: {
      singular: label('collections.partnerCities.singular'),
      plural: label('collections.partnerCities.plural'),
    },
    admin: {
      defaultColumns: ['name', 'country', 'relationship', 'since', '_status'],
      group: label('general.groups.content'),
      useAsTitle: 'name',
    },
    // Opts into per-locale publishing (src/publication/): per-locale status, public read rule, log.
    custom: { [TWINNING]: { publication: { fallbackChain: false } } },
    access: {
      create: isEditor,
      delete: isEditor,
      readVersions: isStaff,
      update: isStaff,
      ...options.access.partnerCities,
    },
    defaultSort: 'name',
    // What a release embeds of its partner cities (depth ≥ 1): a summary; the profile is one request away.
    defaultPopulate: {
      availableLocales: true,
      country: true,
      germanPartner: true,
      name: true,
      region: true,
      relationship: true,
      since: true,
      slug: true,
    },
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
    // A deleted document's slugs are released (src/urlSlugs/).
    hooks: { afterDelete: [releaseSlugs] },
    fields: [
      {
        name: 'name',
        type: 'text',
        localized: true,
        required: true,
        label: label('fields.name'),
        validate: requiredInLocale(text),
      },
      {
        type: 'tabs',
        tabs: [
          {
            label: label('tabs.profile'),
            fields: [
              {
                type: 'row',
                fields: [
                  countryField({ required: true, index: true }),
                  { name: 'region', type: 'text', localized: true, label: label('fields.region') },
                ],
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'relationship',
                    type: 'select',
                    required: true,
                    index: true,
                    label: label('fields.relationship'),
                    options: RELATIONSHIPS.map((value) => ({
                      label: label(`relationships.${value}`),
                      value,
                    })),
                  },
                  {
                    name: 'since',
                    type: 'date',
                    label: label('fields.since'),
                    admin: { date: { pickerAppearance: 'dayOnly' } },
                  },
                ],
              },
              {
                name: 'germanPartner',
                type: 'text',
                localized: true,
                label: label('fields.germanPartner'),
                admin: { description: label('descriptions.germanPartner') },
              },
              topicsField({ name: 'cooperationFields', label: label('fields.cooperationFields') }),
              {
                name: 'profile',
                type: 'richText',
                localized: true,
                label: label('fields.profile'),
              },
            ],
          },
          {
            label: label('tabs.details'),
            fields: [
              timeZoneField({ required: true }),
              coordinatesField(),
              {
                type: 'row',
                fields: [
                  { name: 'population', type: 'number', min: 0, label: label('fields.population') },
                  {
                    name: 'populationYear',
                    type: 'number',
                    min: 1800,
                    max: 2200,
                    label: label('fields.populationYear'),
                    admin: { description: label('descriptions.populationYear') },
                  },
                ],
              },
              urlField('website', 'fields.website', {
                admin: { description: label('descriptions.website') },
              }),
              {
                name: 'coverPhoto',
                type: 'upload',
                relationTo: slugs.photos,
                label: label('fields.coverPhoto'),
              },
            ],
          },
        ],
      },
      slugField('name', options.adminModule),
    ],
  }
}
