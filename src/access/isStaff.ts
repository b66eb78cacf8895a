import type { Access } from 'payload'

import { isStaffUser } from './roles.js'

/** Anyone with a newsroom role (admin, editor, translator): may edit documents and see drafts. */
export const isStaff: Access = ({ req }) => isStaffUser(req.user)
