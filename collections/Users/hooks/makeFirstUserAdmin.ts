import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account of a fresh installation (the admin's "create first user" screen) becomes an
 * admin: nobody could give it that role later, since only admins change roles.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: collection.slug,
    overrideAccess: true,
    req,
  })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
