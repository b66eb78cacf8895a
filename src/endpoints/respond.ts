import type { PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles.js'
import { translate } from '../i18n/label.js'
import type { TranslationKey } from '../i18n/resources.js'

/** A Payload-style error response (`{ errors: [{ message }] }`) in the client's language. */
export const fail = (
  req: PayloadRequest,
  status: number,
  key: TranslationKey,
  vars: Record<string, string> = {},
  extra: Record<string, unknown> = {},
) =>
  Response.json(
    { errors: [{ message: translate(req.i18n?.language ?? 'en', key, vars), ...extra }] },
    { status },
  )

/** 401 without a login, 403 for users without a newsroom role; undefined for staff. */
export const refuseNonStaff = (req: PayloadRequest): Response | undefined =>
  !req.user
    ? fail(req, 401, 'errors.loginRequired')
    : !isStaffUser(req.user)
      ? fail(req, 403, 'errors.staffOnly')
      : undefined

/** The configured locale codes. */
export const localeCodes = (req: PayloadRequest): string[] =>
  req.payload.config.localization ? req.payload.config.localization.localeCodes : []
