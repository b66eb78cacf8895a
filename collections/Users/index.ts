import type { CollectionConfig, Field } from 'payload'

import { adminOrSelf } from '../../src/access/adminOrSelf.js'
import { isAdmin, isAdminField } from '../../src/access/isAdmin.js'
import { isStaffUser, ROLES } from '../../src/access/roles.js'
import { label } from '../../src/i18n/label.js'
import { localeLabel } from '../../src/i18n/localeLabel.js'
import type { ResolvedOptions } from '../../src/options.js'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin.js'

/** `roles` and `locales`, added to Twinning's users and to a host's own users collection alike. */
export function userRoleFields(options: ResolvedOptions): Field[] {
  return [
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: label('fields.roles'),
      access: { create: isAdminField, update: isAdminField },
      options: ROLES.map((role) => ({ label: label(`roles.${role}`), value: role })),
    },
    {
      name: 'locales',
      type: 'select',
      // Own names: the default table `users_locales` collides with the SQL adapters' localized-field tables.
      dbName: 'users_translation_locales',
      enumName: 'enum_users_translation_locales',
      hasMany: true,
      saveToJWT: true,
      label: label('fields.userLocales'),
      access: { create: isAdminField, update: isAdminField },
      admin: { description: label('descriptions.userLocales') },
      options: options.locales.map((code) => ({ label: localeLabel(code), value: code })),
    },
  ]
}

/** Newsroom accounts: email and password, with roles; only admins manage them. */
export function usersCollection(options: ResolvedOptions): CollectionConfig {
  return {
    slug: options.slugs.users,
    auth: true,
    labels: {
      singular: label('collections.users.singular'),
      plural: label('collections.users.plural'),
    },
    admin: {
      defaultColumns: ['email', 'name', 'roles'],
      group: label('general.groups.admin'),
      useAsTitle: 'email',
    },
    access: {
      admin: ({ req }) => isStaffUser(req.user),
      create: isAdmin,
      delete: isAdmin,
      read: adminOrSelf,
      update: adminOrSelf,
      ...options.access.users,
    },
    hooks: { beforeChange: [makeFirstUserAdmin] },
    fields: [
      { name: 'name', type: 'text', label: label('fields.name') },
      ...userRoleFields(options),
    ],
  }
}
