import type { Access } from 'payload'

import { hasRole } from './roles.js'

/**
 * The one rule for what the public may read: staff see everything, everyone else (anonymous
 * visitors, REST without a login, users without a newsroom role) only published documents.
 */
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor', 'translator') || { _status: { equals: 'published' } }
