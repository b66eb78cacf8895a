import type { DefaultServerCellComponentProps } from 'payload'

import { translate } from '../../../i18n/label.js'
import type { ResolvedOptions } from '../../../options.js'
import { TWINNING } from '../../../slugs.js'
import { rightsStatus } from '../rightsStatus.js'
import { formatRightsDate } from './format.js'
import { storedExpiry } from './storedExpiry.js'
import { RIGHTS_CSS } from './styles.js'

/** The photos list's rights column: a flag for expired and soon-expiring rights, else nothing. */
export async function PhotoRightsCell({
  collectionSlug,
  i18n,
  payload,
  rowData,
}: DefaultServerCellComponentProps) {
  if (rowData?.id === undefined) return null
  const { photos } = payload.config.custom[TWINNING] as ResolvedOptions
  const at = await storedExpiry(payload, collectionSlug, rowData.id as number | string)
  const status = rightsStatus(at, photos.expiryWarningDays)
  if (!status) return null
  const lng = i18n.language
  return (
    <>
      <style>{RIGHTS_CSS}</style>
      <span className={`twinning-rights-flag twinning-rights-flag--${status}`}>
        {status === 'expired'
          ? translate(lng, 'photos.rights.status.expired')
          : translate(lng, 'photos.rights.status.expiring', {
              date: formatRightsDate(lng, String(at)),
            })}
      </span>
    </>
  )
}
