import type { PayloadRequest, TextField } from 'payload'

import { label } from '../i18n/label.js'
import { requiredInLocale } from './requiredInLocale.js'

const KNOWN = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])
/** IANA spelling: capitalised segments ("America/Argentina/Buenos_Aires", "Etc/GMT+5"). */
const IANA_SPELLING = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z0-9][A-Za-z0-9_+-]*)*$/

/**
 * True for an IANA zone the runtime knows, spelled as IANA spells it ("Asia/Seoul", not
 * "asia/seoul"). Links count too: Node 20's ICU lists "Asia/Calcutta" but also knows "Asia/Kolkata".
 */
export function isTimeZone(value: string): boolean {
  if (KNOWN.has(value)) return true
  if (!IANA_SPELLING.test(value)) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/**
 * An IANA time zone, stored as text and checked against the runtime's zone database. Not a select:
 * the zone list changes with ICU releases, and on PostgreSQL a select is an enum that would need a
 * migration each time.
 */
export function timeZoneField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'timeZone',
    type: 'text',
    label: label('fields.timeZone'),
    admin: { description: label('descriptions.timeZone') },
    validate: requiredInLocale(
      (value: null | string | undefined, { req }: { req: PayloadRequest }) =>
        !value || isTimeZone(value)
          ? true
          : req.t('twinning:errors.invalidTimeZone' as never, { value }),
    ),
    ...overrides,
  } as TextField
}
