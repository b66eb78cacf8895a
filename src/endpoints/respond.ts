import type { PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles.js'
import { refuse } from '../http/refuse.js'

/** Refuses everyone but newsroom staff: 401 without a login, 403 without a newsroom role. */
export function requireStaff(req: PayloadRequest): void {
  if (!req.user) refuse(req, 401, 'errors.loginRequired')
  if (!isStaffUser(req.user)) refuse(req, 403, 'errors.staffOnly')
}

/** The configured locale codes. */
export const localeCodes = (req: PayloadRequest): string[] =>
  req.payload.config.localization ? req.payload.config.localization.localeCodes : []
