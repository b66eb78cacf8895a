import type { TextField } from 'payload'

import { label } from '../i18n/label.js'
import { adoptPendingSlugs, assignSlug } from '../urlSlugs/assignSlug.js'

/**
 * A URL slug per locale, made from `from` (the title or name) in the same locale — romanized or in
 * the locale's own script, as `urlSlugs.style` says — unique per collection and locale, kept once
 * the locale is published (see `urlSlugs/assignSlug.ts`). The sidebar shows it with a button that
 * makes a fresh one from the current title (`<adminModule>#RegenerateSlug`).
 */
export function slugField(
  from: string,
  adminModule: string,
  overrides: Partial<TextField> = {},
): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    localized: true,
    label: label('fields.slug'),
    admin: {
      description: label('urlSlugs.description'),
      position: 'sidebar',
      components: {
        afterInput: [{ clientProps: { from }, path: `${adminModule}#RegenerateSlug` }],
      },
    },
    hooks: { beforeChange: [assignSlug(from)], afterChange: [adoptPendingSlugs] },
    ...overrides,
  } as TextField
}
