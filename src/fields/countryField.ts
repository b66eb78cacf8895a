import type { SelectField } from 'payload'

import { COUNTRY_CODES } from '../countries.js'
import { label } from '../i18n/label.js'

/** ISO 3166-1 alpha-2 country, labelled in the five languages from `locales/*.json`. */
export function countryField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'country',
    type: 'select',
    label: label('fields.country'),
    options: COUNTRY_CODES.map((code) => ({ label: label(`countries.${code}`), value: code })),
    ...overrides,
  } as SelectField
}
