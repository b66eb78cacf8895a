'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { TranslationKey } from '../i18n/resources.js'
import type { LocaleBadge } from '../publication/localeBadge.js'
import { badgeLabel, languageName, stateText, type Translate } from './badgeLabel.js'
import { LocaleBadges } from './LocaleBadges.js'

interface Languages {
  locales: Array<LocaleBadge & { changed: boolean }>
  sharedChanged: boolean
}

/**
 * The edit view's status, per locale. Payload's own status compares the newest version with the
 * published one for the whole document, so with per-locale publishing it says "Changed" while
 * only another language waits. This one states the edited locale's truth (published or not,
 * scheduled, outdated, with or without unpublished changes) from `/api/<collection>/:id/languages`,
 * again after every save, with every locale's badge beside it.
 */
export function PublicationStatus() {
  const { collectionSlug, data, id, versionCount } = useDocumentInfo()
  const { code } = useLocale()
  const { config } = useConfig()
  const { i18n, t } = useTranslation<object, `twinning:${TranslationKey}`>()
  const [languages, setLanguages] = useState<Languages | null>(null)
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const savedAt = data?.updatedAt as string | undefined

  useEffect(() => {
    if (!id || !collectionSlug) return
    const controller = new AbortController()
    fetch(`${api}/${collectionSlug}/${id}/languages`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<Languages>) : null))
      .then(setLanguages)
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, collectionSlug, id, savedAt, versionCount])

  const current = languages?.locales.find((badge) => badge.code === code)
  if (!languages || !current) return null
  const translate: Translate = (key, vars) => t(`twinning:${key}`, vars)
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const formatDate = (iso: string) => date.format(new Date(iso))

  return (
    <div
      className="status twinning-publication-status"
      data-changed={current.changed}
      data-state={current.state}
      data-testid="publication-status"
    >
      <span className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">
          {t('twinning:publicationStatus.current', {
            language: languageName(code, translate),
            state: stateText(current, translate, formatDate),
          })}
        </span>
        {current.outdated ? (
          <span
            className="twinning-publication-status__note"
            title={t('twinning:translationPanel.outdatedHint')}
          >
            {' · '}
            {t('twinning:translationPanel.outdated')}
          </span>
        ) : null}
        {current.changed ? (
          <span
            className="twinning-publication-status__note"
            data-testid="publication-status-changes"
            title={t(
              languages.sharedChanged
                ? 'twinning:publicationStatus.sharedChanges'
                : 'twinning:publicationStatus.localeChanges',
            )}
          >
            {' · '}
            {t('twinning:publicationStatus.changes')}
          </span>
        ) : null}
      </span>
      <LocaleBadges
        badges={languages.locales.map((badge) => ({
          ...badge,
          label: badgeLabel(badge, translate, formatDate),
        }))}
        label={t('twinning:languageColumn.list')}
      />
    </div>
  )
}
