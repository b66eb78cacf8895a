import type { Access } from 'payload'

import { hasRole } from './roles.js'

/** Admins reach every user; everyone else only their own account. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
