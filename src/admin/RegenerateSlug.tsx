'use client'

import {
  Button,
  useConfig,
  useDocumentInfo,
  useField,
  useFormFields,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { useState } from 'react'

import type { TranslationKey } from '../i18n/resources.js'

/**
 * Beside the slug field: asks the server for a fresh slug from the title as it stands in the
 * edited locale (`GET /api/twinning/slug`, free of collisions) and puts it into the field. Saving
 * makes it the slug; a published locale's old slug keeps redirecting.
 */
export function RegenerateSlug({
  from = 'title',
  path = 'slug',
}: {
  from?: string
  path?: string
}) {
  const { collectionSlug, id } = useDocumentInfo()
  const { code } = useLocale()
  const { config } = useConfig()
  const { t } = useTranslation<object, `twinning:${TranslationKey}`>()
  const { setValue } = useField<string>({ path })
  const title = useFormFields(([fields]) => fields[from]?.value) as string | undefined
  const [state, setState] = useState<'error' | 'idle' | 'noTitle' | 'working'>('idle')
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  const regenerate = async () => {
    if (!title?.trim()) return setState('noTitle')
    setState('working')
    const query = new URLSearchParams({ collection: collectionSlug ?? '', locale: code, title })
    if (id !== undefined) query.set('id', String(id))
    try {
      const response = await fetch(`${api}/twinning/slug?${query}`, { credentials: 'include' })
      if (!response.ok) return setState('error')
      const { slug } = (await response.json()) as { slug: string }
      setValue(slug)
      setState('idle')
    } catch {
      setState('error')
    }
  }

  return (
    <div className="twinning-regenerate-slug" style={{ marginTop: 6 }}>
      <Button
        buttonStyle="secondary"
        disabled={state === 'working'}
        margin={false}
        onClick={() => void regenerate()}
        size="small"
        type="button"
      >
        {t(state === 'working' ? 'twinning:urlSlugs.regenerating' : 'twinning:urlSlugs.regenerate')}
      </Button>
      {state === 'noTitle' || state === 'error' ? (
        <p role="alert" style={{ margin: '4px 0 0' }}>
          {t(
            state === 'noTitle'
              ? 'twinning:urlSlugs.noTitle'
              : 'twinning:urlSlugs.regenerateFailed',
          )}
        </p>
      ) : null}
    </div>
  )
}
