'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { TranslationKey } from '../../../i18n/resources.js'
import type { ProcessingEntry } from '../processingQueue.js'

const POLL_MS = 2000

/**
 * Above the photos list: the uploads waiting for or in the pipeline right now (from
 * `GET /api/twinning/photos/processing`), refreshed every two seconds; nothing when there are none.
 */
export function PhotoProcessing() {
  const { config } = useConfig()
  const { t } = useTranslation<object, `twinning:${TranslationKey}`>()
  const [entries, setEntries] = useState<ProcessingEntry[]>([])
  useEffect(() => {
    let stopped = false
    const url = `${config.serverURL ?? ''}${config.routes.api}/twinning/photos/processing`
    const poll = async () => {
      try {
        const response = await fetch(url, { credentials: 'include' })
        if (response.ok && !stopped)
          setEntries(((await response.json()) as { docs: ProcessingEntry[] }).docs)
      } catch {
        // offline for a moment: keep the last list
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS)
    }
    let timer = setTimeout(poll, 0)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [config.serverURL, config.routes.api])
  if (!entries.length) return null
  return (
    <div aria-live="polite" className="twinning-photo-processing" data-testid="photo-processing">
      <strong>{t('twinning:photos.pipeline.processing.title')}</strong>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            {entry.filename} — {t(`twinning:photos.pipeline.processing.${entry.step}`)} (
            {t(`twinning:photos.pipeline.processing.${entry.state}`)})
          </li>
        ))}
      </ul>
    </div>
  )
}
