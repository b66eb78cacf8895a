import type { Access, Where } from 'payload'

import { publishedInAny } from '../fields/publishedIn.js'
import { publicLocales } from '../publicLocales.js'
import { isStaffUser } from './roles.js'

/**
 * The one rule for what the public may read: staff see everything; everyone else (anonymous
 * visitors, REST without a login, users without a newsroom role) only documents published in the
 * requested locale — or in the fallback locale the request names explicitly, or, for collections
 * that opt into `fallbackChain` (photos), in the locale's configured fallback chain.
 */
export function publicReadRule({
  fallbackChain = false,
}: { fallbackChain?: boolean } = {}): Access {
  return ({ req }) => {
    if (isStaffUser(req.user)) return true
    const { servable } = publicLocales(req, { fallbackChain })
    const published: Where = { _status: { equals: 'published' } }
    return { and: [published, publishedInAny(servable)] }
  }
}

export const publishedOrStaff: Access = publicReadRule()
