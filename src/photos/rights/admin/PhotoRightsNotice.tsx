import type { UIFieldServerProps } from 'payload'

import { translate } from '../../../i18n/label.js'
import type { ResolvedOptions } from '../../../options.js'
import { TWINNING } from '../../../slugs.js'
import { rightsStatus } from '../rightsStatus.js'
import { formatRightsDate } from './format.js'
import { storedExpiry } from './storedExpiry.js'
import { RIGHTS_CSS } from './styles.js'

/** The edit view's notice above the rights: expired (hidden from the public) or expiring soon. */
export async function PhotoRightsNotice({ collectionSlug, i18n, id, payload }: UIFieldServerProps) {
  if (id === undefined || id === null) return null
  const { photos } = payload.config.custom[TWINNING] as ResolvedOptions
  const at = await storedExpiry(payload, collectionSlug, id)
  const status = rightsStatus(at, photos.expiryWarningDays)
  if (!status) return null
  const lng = i18n.language
  return (
    <>
      <style>{RIGHTS_CSS}</style>
      <div className={`twinning-rights-notice twinning-rights-notice--${status}`} role="status">
        {translate(lng, `photos.rights.banner.${status}`, {
          date: formatRightsDate(lng, String(at)),
        })}
      </div>
    </>
  )
}
