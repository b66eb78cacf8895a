import type { Access } from 'payload'

import { hasRole } from './roles.js'

/**
 * Admins reach every user; everyone else only their own account — an account of the admin's user
 * collection: an API client whose id equals a user's id reaches no user.
 */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user || req.user.collection !== req.payload.config.admin.user) return false
  return { id: { equals: req.user.id } }
}
