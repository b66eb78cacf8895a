import type { Access } from 'payload'

import { hasRole } from './roles.js'

/** Editors and admins: create, publish and delete content. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
