import type { ServerProps } from 'payload'

import { translate } from '../../../i18n/label.js'
import type { ResolvedOptions } from '../../../options.js'
import { TWINNING } from '../../../slugs.js'
import { expiringPhotos } from '../expiringPhotos.js'
import { formatRightsDate } from './format.js'
import { RIGHTS_CSS } from './styles.js'

/**
 * On the dashboard: photos whose rights end within `photos.expiryWarningDays` (or have ended), with
 * the news, partner cities and events that use them. The same list as `GET /api/twinning/photos/expiring`.
 */
export async function ExpiringPhotos({ i18n, payload, user }: ServerProps) {
  if (!payload || !i18n || !user) return null
  const { photos, slugs } = payload.config.custom[TWINNING] as ResolvedOptions
  const days = photos.expiryWarningDays
  const report = await expiringPhotos(payload, days)
  const lng = i18n.language
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(lng, key, vars)
  const admin = payload.config.routes.admin
  const link = (collection: string, id: number | string) =>
    `${admin}/collections/${collection}/${encodeURIComponent(String(id))}`
  return (
    <section className="twinning-expiring">
      <style>{RIGHTS_CSS}</style>
      <h3>{t('photos.rights.report.title', { days })}</h3>
      {report.photos.length === 0 ? (
        <p>{t('photos.rights.report.empty', { days })}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('photos.rights.report.photo')}</th>
              <th>{t('photos.rights.report.expiresAt')}</th>
              <th>{t('photos.rights.report.usedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {report.photos.map((photo) => (
              <tr key={String(photo.id)}>
                <td>
                  <a href={link(slugs.photos, photo.id)}>
                    {photo.alt || photo.filename || String(photo.id)}
                  </a>
                </td>
                <td>
                  {formatRightsDate(lng, photo.rightsExpireAt)}
                  {photo.expired ? (
                    <span className="twinning-rights-flag twinning-rights-flag--expired">
                      {t('photos.rights.report.expired')}
                    </span>
                  ) : null}
                </td>
                <td>
                  {photo.uses.length === 0 ? (
                    t('photos.rights.report.unused')
                  ) : (
                    <ul>
                      {photo.uses.map((use) => (
                        <li key={`${use.collection}:${use.id}`}>
                          <a href={link(use.collection, use.id)}>{use.title}</a> ({use.collection})
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.truncated ? <p>{t('photos.rights.report.truncated')}</p> : null}
    </section>
  )
}
