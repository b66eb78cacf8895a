import type { CollectionBeforeValidateHook } from 'payload'

import { refuse } from '../../http/refuse.js'

/**
 * No photo without a credit: neither given nor embedded in the file is a 400 naming the credit,
 * before anything is stored (Payload writes the file after `beforeChange`). Also for drafts,
 * which skip Payload's `required`. Runs after prefillFromUpload, so an embedded credit counts.
 */
export const refuseUploadWithoutCredit: CollectionBeforeValidateHook = ({
  data,
  operation,
  req,
}) => {
  if (!data || (operation !== 'create' && operation !== 'update')) return data
  // On update `data` holds the stored credit unless the request changes it.
  const credit = data.credit
  if (typeof credit !== 'string' || credit.trim() === '') {
    refuse(req, 400, 'photos.metadata.creditMissing', {}, { field: 'credit' })
  }
  return data
}
