import type { FieldAccess } from 'payload'

import { isStaffUser } from '../../access/roles.js'

/**
 * Read access of a photo's `location`: staff always; anyone else only when an editor ticked
 * `keepLocation`. Field access runs on every read path (REST, GraphQL, the Local API with
 * `overrideAccess: false`, populated relations at any depth); a read that did not select
 * `keepLocation`, and a `where`/`sort` check without a document, see nothing (fails closed).
 */
export const locationVisible: FieldAccess = ({ req, siblingData }) =>
  isStaffUser(req.user) ||
  (siblingData?.location as { keepLocation?: unknown } | undefined)?.keepLocation === true
