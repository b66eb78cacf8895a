import type { DefaultServerCellComponentProps } from 'payload'

import { translate } from '../i18n/label.js'
import { badgeLabel, type Translate } from './badgeLabel.js'
import { localeBadgesOf } from './batchedLocaleBadges.js'
import { LocaleBadges } from './LocaleBadges.js'

/**
 * The list's language column (a server component): every locale's state for this row, although
 * the row itself holds the document in the admin's content locale only.
 */
export async function LanguagesCell({
  collectionSlug,
  i18n,
  payload,
  rowData,
}: DefaultServerCellComponentProps) {
  // Payload also renders a ui field's Cell into the edit form's state, without a row: nothing to show.
  if (rowData?.id === undefined) return null
  const badges = await localeBadgesOf(payload, collectionSlug, rowData.id as number | string)
  if (!badges) return null
  const lng = i18n.language
  const t: Translate = (key, vars) => translate(lng, key, vars)
  // The server cannot know the reader's time zone: name the one it formats in.
  const date = new Intl.DateTimeFormat(lng, {
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    month: 'short',
    timeZoneName: 'short',
    year: 'numeric',
  })
  return (
    <LocaleBadges
      badges={badges.map((badge) => ({
        ...badge,
        label: badgeLabel(badge, t, (iso) => date.format(new Date(iso))),
      }))}
      label={t('languageColumn.list')}
    />
  )
}
