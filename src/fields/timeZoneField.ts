import type { SelectField } from 'payload'

import { label } from '../i18n/label.js'

/** Every IANA zone the runtime knows (plus UTC), sorted. */
export const TIME_ZONES: string[] = [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort()

/**
 * An IANA time zone. The option labels are the zone identifiers themselves ("Asia/Seoul"), which
 * are the same in every language, so they are marked as codes for the label completeness test.
 */
export function timeZoneField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'timeZone',
    type: 'select',
    label: label('fields.timeZone'),
    admin: { description: label('descriptions.timeZone') },
    custom: { twinning: { labelsAreCodes: true } },
    options: TIME_ZONES.map((zone) => ({ label: zone, value: zone })),
    ...overrides,
  } as SelectField
}
