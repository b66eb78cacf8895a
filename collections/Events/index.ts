import type { CollectionConfig, DateFieldValidation } from 'payload'
import { date, text } from 'payload/shared'

import { isEditor } from '../../src/access/isEditor.js'
import { isStaff } from '../../src/access/isStaff.js'
import { coordinatesField } from '../../src/fields/coordinatesField.js'
import { partnerCitiesField } from '../../src/fields/partnerCitiesField.js'
import { requiredInLocale } from '../../src/fields/requiredInLocale.js'
import { slugField } from '../../src/fields/slugField.js'
import { timeZoneField } from '../../src/fields/timeZoneField.js'
import { urlField } from '../../src/fields/urlField.js'
import { label } from '../../src/i18n/label.js'
import type { ResolvedOptions } from '../../src/options.js'
import { TWINNING } from '../../src/slugs.js'
import { releaseSlugs } from '../../src/urlSlugs/assignSlug.js'

export const EVENT_KINDS = [
  'delegationVisit',
  'signing',
  'tradeFair',
  'festival',
  'exchange',
  'online',
] as const
export const EVENT_STATUSES = ['scheduled', 'postponed', 'cancelled'] as const

const endNotBeforeStart: DateFieldValidation = (value, args) => {
  const start = (args.siblingData as { startsAt?: string } | undefined)?.startsAt
  if (value && start && new Date(value).getTime() < new Date(start).getTime()) {
    return args.req.t('twinning:errors.endBeforeStart' as never)
  }
  return date(value, args)
}

/** Event announcements: delegation visits, signings, fairs and festivals, in the event's own time zone. */
export function eventsCollection(options: ResolvedOptions): CollectionConfig {
  const { slugs } = options
  return {
    slug: slugs.events,
    labels: {
      singular: label('collections.events.singular'),
      plural: label('collections.events.plural'),
    },
    admin: {
      defaultColumns: ['title', 'startsAt', 'kind', 'status', '_status'],
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
      ...options.access.events,
    },
    defaultSort: 'startsAt',
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
    // A deleted document's slugs are released (src/urlSlugs/).
    hooks: { afterDelete: [releaseSlugs] },
    fields: [
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
                name: 'summary',
                type: 'textarea',
                localized: true,
                label: label('fields.summary'),
              },
              {
                name: 'description',
                type: 'richText',
                localized: true,
                label: label('fields.description'),
              },
              partnerCitiesField(slugs.partnerCities),
            ],
          },
          {
            label: label('tabs.place'),
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'startsAt',
                    type: 'date',
                    required: true,
                    index: true,
                    label: label('fields.startsAt'),
                    admin: { date: { pickerAppearance: 'dayAndTime' } },
                  },
                  {
                    name: 'endsAt',
                    type: 'date',
                    index: true,
                    label: label('fields.endsAt'),
                    admin: { date: { pickerAppearance: 'dayAndTime' } },
                    validate: endNotBeforeStart,
                  },
                ],
              },
              {
                type: 'row',
                fields: [
                  timeZoneField({
                    required: true,
                    defaultValue: 'Europe/Berlin',
                    admin: { description: label('descriptions.eventTimeZone') },
                  }),
                  {
                    name: 'allDay',
                    type: 'checkbox',
                    defaultValue: false,
                    label: label('fields.allDay'),
                  },
                ],
              },
              {
                name: 'venue',
                type: 'group',
                label: label('fields.venue'),
                fields: [
                  { name: 'name', type: 'text', localized: true, label: label('fields.venueName') },
                  {
                    name: 'address',
                    type: 'textarea',
                    localized: true,
                    label: label('fields.address'),
                  },
                  coordinatesField(),
                ],
              },
              urlField('onlineUrl', 'fields.onlineUrl'),
              urlField('registrationUrl', 'fields.registrationUrl'),
              {
                name: 'photo',
                type: 'upload',
                relationTo: options.slugs.photos,
                label: label('fields.photo'),
              },
            ],
          },
        ],
      },
      slugField('title', options.adminModule),
      {
        name: 'kind',
        type: 'select',
        required: true,
        index: true,
        label: label('fields.kind'),
        admin: { position: 'sidebar' },
        options: EVENT_KINDS.map((value) => ({ label: label(`eventKinds.${value}`), value })),
      },
      {
        name: 'status',
        type: 'select',
        // Payload names the drafts' `_status` enum `enum_events_status` too; PostgreSQL needs them apart.
        enumName: 'enum_events_event_status',
        required: true,
        defaultValue: 'scheduled',
        label: label('fields.status'),
        admin: { position: 'sidebar' },
        options: EVENT_STATUSES.map((value) => ({ label: label(`eventStatuses.${value}`), value })),
      },
    ],
  }
}
