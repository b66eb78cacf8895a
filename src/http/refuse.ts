import { APIError, type PayloadRequest } from 'payload'

import { translate } from '../i18n/label.js'
import type { TranslationKey } from '../i18n/resources.js'

/**
 * A request Twinning turns down: a 4xx whose message comes from `locales/` in the client's
 * language. Payload answers it as `{ errors: [{ name, message, data }] }`; `name` is set here so
 * that a minified build still says `Refusal`, not a mangled class name.
 */
export class Refusal extends APIError {
  constructor(message: string, status: number, data: Record<string, unknown> | null) {
    super(message, status, data, true)
    this.name = 'Refusal'
  }
}

/**
 * The one way hooks and endpoints refuse a request: throws a {@link Refusal} with the message of
 * `key` in the request's admin/API language (English when it has none of ours).
 */
export function refuse(
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  status: number,
  key: TranslationKey,
  vars: Record<string, string> = {},
  data: Record<string, unknown> = vars,
): never {
  throw new Refusal(translate(req?.i18n?.language ?? 'en', key, vars), status, data)
}
