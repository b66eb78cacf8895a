import type { CollectionConfig, Field } from 'payload'

import { isAdmin, isAdminField } from '../../src/access/isAdmin.js'
import { label } from '../../src/i18n/label.js'
import { localeLabel } from '../../src/i18n/localeLabel.js'
import type { ResolvedOptions } from '../../src/options.js'
import { keyStrategy } from '../../src/partners/keys/keyStrategy.js'
import {
  forgetClientKeys,
  forgetDeletedClientKeys,
  rotateApiKey,
} from '../../src/partners/keys/keyRotation.js'
import { PUBLICATION_CHANGES } from '../../src/publication/log/collection.js'
import {
  checkWebhookUrls,
  decryptWebhookSecret,
  deleteClientDeliveries,
  encryptWebhookSecret,
  ensureWebhookSecret,
} from '../../src/partners/webhooks/clientHooks.js'
import type { ContentCollectionKey } from '../../src/slugs.js'

const CONTENT_KEYS: ContentCollectionKey[] = ['news', 'partnerCities', 'photos', 'events']

/** Read only by the server (key checks): never by anyone over the API, not even admins. */
const hiddenField = (name: string, type: 'date' | 'text', title: ReturnType<typeof label>): Field =>
  ({
    name,
    type,
    index: type === 'text',
    label: title,
    hidden: true,
    access: { create: () => false, read: () => false, update: () => false },
  }) as Field

/**
 * Partner cities' API clients: one per partner, authenticated by an API key (Payload's `useAPIKey`:
 * `Authorization: api-clients API-Key <key>`), scoped to languages, collections and optionally one
 * partner city. Payload keeps only an HMAC of the key (src/partners/keys/); a replaced key works
 * on for the grace period, a revoked or expired one answers 401. Only admins see and edit clients.
 */
export function apiClientsCollection(options: ResolvedOptions): CollectionConfig {
  const { slugs } = options
  const collections = CONTENT_KEYS.filter((key) => options.collections[key]).map((key) => ({
    label: label(`collections.${key}.plural`),
    value: slugs[key],
  }))
  return {
    slug: slugs.apiClients,
    auth: {
      disableLocalStrategy: true,
      strategies: [keyStrategy(slugs.apiClients)],
      useAPIKey: true,
    },
    labels: {
      singular: label('partners.apiClients.singular'),
      plural: label('partners.apiClients.plural'),
    },
    admin: {
      defaultColumns: ['name', 'locales', 'collections', 'expiresAt', 'lastUsedAt'],
      group: label('general.groups.admin'),
      useAsTitle: 'name',
    },
    access: {
      admin: () => false,
      create: isAdmin,
      delete: isAdmin,
      // A client reads its own record (`GET /api/api-clients/me`: its scope); admins read all.
      read: ({ req }) =>
        isAdmin({ req } as never) ||
        (req.user?.collection === slugs.apiClients ? { id: { equals: req.user.id } } : false),
      update: isAdmin,
      ...options.access.apiClients,
    },
    hooks: {
      afterChange: [forgetClientKeys],
      afterDelete: [forgetDeletedClientKeys],
      beforeChange: [rotateApiKey, checkWebhookUrls, ensureWebhookSecret],
      beforeDelete: [deleteClientDeliveries],
    },
    fields: [
      { name: 'name', type: 'text', required: true, label: label('partners.fields.name') },
      {
        name: 'locales',
        type: 'select',
        dbName: 'api_clients_read_locales',
        enumName: 'enum_api_clients_read_locales',
        hasMany: true,
        required: true,
        label: label('partners.fields.locales'),
        admin: { description: label('partners.descriptions.locales') },
        options: options.locales.map((code) => ({ label: localeLabel(code), value: code })),
      },
      {
        name: 'collections',
        type: 'select',
        dbName: 'api_clients_read_collections',
        enumName: 'enum_api_clients_read_collections',
        hasMany: true,
        required: true,
        label: label('partners.fields.collections'),
        admin: { description: label('partners.descriptions.collections') },
        options: collections,
      },
      ...(options.collections.partnerCities
        ? [
            {
              name: 'partnerCity',
              type: 'relationship',
              relationTo: slugs.partnerCities,
              label: label('partners.fields.partnerCity'),
              admin: { description: label('partners.descriptions.partnerCity') },
            } as Field,
          ]
        : []),
      {
        type: 'row',
        fields: [
          {
            name: 'expiresAt',
            type: 'date',
            label: label('partners.fields.expiresAt'),
            admin: { date: { pickerAppearance: 'dayAndTime' } },
          },
          {
            name: 'keyGraceHours',
            type: 'number',
            min: 0,
            defaultValue: options.partners ? options.partners.keyGraceHours : 24,
            label: label('partners.fields.keyGraceHours'),
            admin: { description: label('partners.descriptions.keyGraceHours') },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'lastUsedAt',
            type: 'date',
            label: label('partners.fields.lastUsedAt'),
            access: { create: () => false, update: () => false },
            admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true },
          },
          {
            name: 'previousKeyValidUntil',
            type: 'date',
            label: label('partners.fields.previousKeyValidUntil'),
            access: { create: () => false, update: () => false },
            admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true },
          },
          {
            name: 'revokedAt',
            type: 'date',
            label: label('partners.fields.revokedAt'),
            access: { create: () => false, update: () => false },
            admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true },
          },
        ],
      },
      // The HMAC of the key a new one replaced (valid until previousKeyValidUntil), and of the last revoked one.
      hiddenField('previousKeyIndex', 'text', label('partners.fields.previousKeyValidUntil')),
      hiddenField('revokedKeyIndex', 'text', label('partners.fields.revokedAt')),
      {
        name: 'webhookSecret',
        type: 'text',
        label: label('partners.fields.webhookSecret'),
        access: { read: isAdminField, update: isAdminField },
        admin: { description: label('partners.descriptions.webhookSecret') },
        hooks: { afterRead: [decryptWebhookSecret], beforeChange: [encryptWebhookSecret] },
      },
      {
        name: 'webhooks',
        type: 'array',
        label: label('partners.fields.webhooks'),
        fields: [
          {
            name: 'url',
            type: 'text',
            required: true,
            label: label('partners.fields.webhookUrl'),
          },
          {
            name: 'events',
            type: 'select',
            dbName: 'api_clients_hooks_events',
            enumName: 'enum_api_clients_hooks_events',
            hasMany: true,
            defaultValue: [...PUBLICATION_CHANGES],
            label: label('partners.fields.webhookEvents'),
            options: PUBLICATION_CHANGES.map((value) => ({
              label: label(`publicationLog.changes.${value}`),
              value,
            })),
          },
          {
            name: 'locales',
            type: 'select',
            dbName: 'api_clients_hooks_locales',
            enumName: 'enum_api_clients_hooks_locales',
            hasMany: true,
            label: label('partners.fields.webhookLocales'),
            admin: { description: label('partners.descriptions.webhookLocales') },
            options: options.locales.map((code) => ({ label: localeLabel(code), value: code })),
          },
          {
            name: 'active',
            type: 'checkbox',
            defaultValue: true,
            label: label('partners.fields.webhookActive'),
          },
        ],
      },
      {
        name: 'deliveries',
        type: 'join',
        collection: slugs.webhookDeliveries,
        on: 'client',
        defaultSort: '-id',
        defaultLimit: 20,
        label: label('partners.fields.deliveries'),
        admin: {
          defaultColumns: [
            'event',
            'documentId',
            'locale',
            'status',
            'attempts',
            'lastStatus',
            'nextAttemptAt',
          ],
        },
      },
    ],
  }
}
