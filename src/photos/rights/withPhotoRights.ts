import type { CollectionConfig, Field } from 'payload'

import { isStaffUser } from '../../access/roles.js'
import { label } from '../../i18n/label.js'
import type { ResolvedOptions } from '../../options.js'
import type { PublicationSettings } from '../../publication/publicRead.js'
import { TWINNING } from '../../slugs.js'
import { isRightsExpired } from './expiry.js'
import { UNAVAILABLE_REASONS } from './placeholder.js'
import { hideExpiredPhotos, servePlaceholderWhenExpired } from './publicReads.js'
import { refuseExpiredFile } from './refuseExpiredFile.js'
import { keepRightsFlag } from './writeHooks.js'

export const USAGE_RESTRICTIONS = [
  'editorialOnly',
  'noArchive',
  'noSocialMedia',
  'noAlteration',
  'partnerCitiesOnly',
] as const

/** The base collection's licence field, moved next to the other rights in the sidebar. */
const inSidebar = (field: Field): Field =>
  field.type === 'select' && field.name === 'licence'
    ? {
        ...field,
        admin: {
          ...field.admin,
          description: label('photos.rights.descriptions.licence'),
          position: 'sidebar',
        },
      }
    : field

/**
 * Rights of a photo: licence, usage restrictions and an optional expiry, together in the sidebar
 * under a notice of expired or soon-expiring rights. At expiry the public gets a placeholder
 * instead of the image (`publicReads.ts`, decided by the date at read time), the files answer 410
 * (`refuseExpiredFile`), and the expiry job tells the change feed and the cache (`expiryTask.ts`).
 * Stored fields: `usageRestrictions` (select, many), `rightsExpireAt`, `rightsExpired`; virtual:
 * `unavailable`, `reason` (filled only in the public's placeholder, so GraphQL can ask for them).
 * The config-level half (job, endpoint, read rule by id, the last write hook) is `withRightsConfig`.
 */
export function withPhotoRights(
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const twinning = (collection.custom?.[TWINNING] ?? {}) as Record<string, unknown>
  return {
    ...collection,
    // the publication log and the search index see an expired photo as not visible
    custom: {
      ...collection.custom,
      [TWINNING]: {
        ...twinning,
        publication: {
          ...(twinning.publication as PublicationSettings | undefined),
          withheld: (stored) => isRightsExpired(stored),
        } satisfies PublicationSettings,
      },
    },
    admin: {
      ...collection.admin,
      defaultColumns: collection.admin?.defaultColumns && [
        ...collection.admin.defaultColumns,
        'rightsNotice',
      ],
    },
    // First: Payload stops at the first handler that answers, and an expired file must not be served.
    upload: { ...upload, handlers: [refuseExpiredFile, ...(upload.handlers ?? [])] },
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), hideExpiredPhotos],
      beforeChange: [...(hooks.beforeChange ?? []), keepRightsFlag],
      afterRead: [...(hooks.afterRead ?? []), servePlaceholderWhenExpired],
    },
    fields: [
      {
        name: 'rightsNotice',
        type: 'ui',
        label: label('photos.rights.status.label'),
        admin: {
          components: {
            Cell: `${options.adminModule}#PhotoRightsCell`,
            Field: `${options.adminModule}#PhotoRightsNotice`,
          },
          position: 'sidebar',
        },
      },
      ...collection.fields.map(inSidebar),
      {
        name: 'usageRestrictions',
        type: 'select',
        hasMany: true,
        label: label('fields.usageRestrictions'),
        options: USAGE_RESTRICTIONS.map((value) => ({
          label: label(`usageRestrictions.${value}`),
          value,
        })),
        admin: {
          description: label('photos.rights.descriptions.usageRestrictions'),
          position: 'sidebar',
        },
      },
      {
        name: 'rightsExpireAt',
        type: 'date',
        index: true,
        label: label('fields.rightsExpireAt'),
        admin: {
          date: { pickerAppearance: 'dayAndTime' },
          description: label('photos.rights.descriptions.rightsExpireAt'),
          position: 'sidebar',
        },
      },
      {
        name: 'rightsExpired',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        access: { update: ({ req }) => isStaffUser(req.user) },
        label: label('fields.rightsExpired'),
        admin: {
          description: label('photos.rights.descriptions.rightsExpired'),
          position: 'sidebar',
          readOnly: true,
        },
      },
      {
        name: 'unavailable',
        type: 'checkbox',
        virtual: true,
        label: label('photos.rights.placeholder.unavailable'),
        admin: { disableListColumn: true, disableListFilter: true, hidden: true },
      },
      {
        name: 'reason',
        type: 'select',
        virtual: true,
        label: label('photos.rights.placeholder.reason'),
        options: UNAVAILABLE_REASONS.map((value) => ({
          label: label('photos.rights.status.expired'),
          value,
        })),
        admin: { disableListColumn: true, disableListFilter: true, hidden: true },
      },
    ],
  }
}
