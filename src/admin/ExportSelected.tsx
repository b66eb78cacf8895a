'use client'

import type { TranslationKey } from '../i18n/resources.js'
import { useConfig, useSelection, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { PANEL_CSS } from './styles.js'

/**
 * A bulk action above a collection's list: exports the selected documents as XLIFF for the chosen
 * target languages (one file, or a zip for several).
 */
export function ExportSelected({ collectionSlug }: { collectionSlug: string }) {
  const { config } = useConfig()
  const { t } = useTranslation<object, `twinning:${TranslationKey}`>()
  const { selectedIDs } = useSelection()
  const localization = config.localization
  const codes = localization ? localization.localeCodes : []
  const source = localization ? localization.defaultLocale : ''
  const [targets, setTargets] = useState<string[]>([])
  const [version, setVersion] = useState('2.0')
  if (!selectedIDs.length) return null
  const href = `${config.serverURL ?? ''}${config.routes.api}/twinning/xliff/export?collection=${collectionSlug}&ids=${selectedIDs.join(',')}&targets=${targets.join(',')}&version=${version}`

  return (
    <div className="twinning-export-selected" data-testid="xliff-export-selected">
      <style>{PANEL_CSS}</style>
      <span>{t('twinning:translationPanel.targets')}</span>
      {codes
        .filter((code) => code !== source)
        .map((code) => (
          <label key={code}>
            <input
              checked={targets.includes(code)}
              onChange={(event) =>
                setTargets(
                  event.target.checked
                    ? [...targets, code]
                    : targets.filter((other) => other !== code),
                )
              }
              type="checkbox"
            />{' '}
            {code.toUpperCase()}
          </label>
        ))}
      <label>
        {t('twinning:translationPanel.version')}{' '}
        <select onChange={(event) => setVersion(event.target.value)} value={version}>
          <option value="2.0">XLIFF 2.0</option>
          <option value="1.2">XLIFF 1.2</option>
        </select>
      </label>
      <a
        aria-disabled={!targets.length}
        className="btn btn--style-primary btn--size-small"
        download
        href={targets.length ? href : undefined}
      >
        {t('twinning:translationPanel.exportSelected')} ({selectedIDs.length})
      </a>
    </div>
  )
}
