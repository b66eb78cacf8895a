import type { PayloadRequest } from 'payload'

import { translate } from '../i18n/label.js'
import type { TranslationKey } from '../i18n/resources.js'

/** A Payload-style error response (`{ errors: [{ message }] }`) in the client's language. */
export const fail = (req: PayloadRequest, status: number, key: TranslationKey, vars: Record<string, string> = {}, extra: Record<string, unknown> = {}) =>
  Response.json({ errors: [{ message: translate(req.i18n?.language ?? 'en', key, vars), ...extra }] }, { status })
