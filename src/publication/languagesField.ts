import type { UIField } from 'payload'

import { label } from '../i18n/label.js'

/**
 * The list's language column: a badge per locale (published, scheduled, in review, in translation,
 * draft, unpublished; outdated) instead of Payload's single status, which cannot say that German
 * is live while Korean waits for its scheduled time. No data of its own, nothing in the edit form.
 */
export function languagesField(adminModule: string): UIField {
  return {
    name: 'languages',
    type: 'ui',
    label: label('fields.languages'),
    admin: {
      components: { Cell: `${adminModule}#LanguagesCell` },
      disableBulkEdit: true,
    },
  }
}
