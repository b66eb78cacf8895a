'use client'

import type { TranslationKey } from '../i18n/resources.js'
import type { LocaleStatus as LocaleState } from '../publication/fields.js'
import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { type ChangeEvent, useCallback, useEffect, useState } from 'react'

import { valueInLocale } from '../translation/paths.js'
import { plainText } from './plainText.js'
import { PANEL_CSS } from './styles.js'

interface LocaleStatus {
  completeness: number
  lastChange: null | string
  lastTranslator: null | string
  outdated: boolean
  outdatedFields: string[]
  state: LocaleState
}
interface Status {
  fields: Array<{ label: string; path: string }>
  locales: Record<string, LocaleStatus>
  sourceLocale: string
}

/**
 * The translation status of the document being edited: a badge per locale (state, completeness,
 * outdated), a side-by-side "source | translation" view for a chosen locale with outdated fields
 * highlighted, and XLIFF export and import for that locale.
 */
export function TranslationPanel() {
  const { collectionSlug, id } = useDocumentInfo()
  const { code: editing } = useLocale()
  const { t } = useTranslation<object, `twinning:${TranslationKey}`>()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [status, setStatus] = useState<null | Status>(null)
  const [doc, setDoc] = useState<unknown>(null)
  const [target, setTarget] = useState<string>('')
  const [report, setReport] = useState<string>('')

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const [statusResponse, docResponse] = await Promise.all([
      fetch(`${api}/twinning/translation-status?collection=${collectionSlug}&id=${id}`, {
        credentials: 'include',
      }),
      fetch(`${api}/${collectionSlug}/${id}?locale=all&draft=true&depth=0`, {
        credentials: 'include',
      }),
    ])
    if (statusResponse.ok) setStatus((await statusResponse.json()) as Status)
    if (docResponse.ok) setDoc(await docResponse.json())
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id)
    return <p className="twinning-translations__hint">{t('twinning:translationPanel.unsaved')}</p>
  if (!status) return null
  const locales = Object.keys(status.locales)
  const targets = locales.filter((code) => code !== status.sourceLocale)
  const chosen = target || (targets.includes(editing) ? editing : targets[0]) || ''
  const chosenStatus = status.locales[chosen]

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    const form = new FormData()
    form.set('file', file)
    const response = await fetch(`${api}/twinning/xliff/import`, {
      body: form,
      credentials: 'include',
      method: 'POST',
    })
    const json = await response.json()
    setReport(
      response.ok
        ? t('twinning:translationPanel.importReport', json.totals)
        : t('twinning:translationPanel.failed', {
            message: json.errors?.[0]?.message ?? response.statusText,
          }),
    )
    event.target.value = ''
    await load()
  }

  return (
    <section className="twinning-translations" data-testid="translation-panel">
      <style>{PANEL_CSS}</style>
      <h3>{t('twinning:translationPanel.title')}</h3>
      <ul className="twinning-translations__badges">
        {locales.map((code) => {
          const locale = status.locales[code]!
          return (
            <li
              className={`twinning-badge twinning-badge--${locale.state}${locale.outdated ? ' twinning-badge--outdated' : ''}`}
              data-locale={code}
              data-state={locale.state}
              key={code}
              title={locale.outdated ? t('twinning:translationPanel.outdatedHint') : undefined}
            >
              <strong>{code.toUpperCase()}</strong> {t(`twinning:localeStatuses.${locale.state}`)} ·{' '}
              {t('twinning:translationPanel.completeness', {
                percent: locale.completeness,
              })}
              {locale.outdated ? ` · ⚠ ${t('twinning:translationPanel.outdated')}` : ''}
            </li>
          )
        })}
      </ul>

      <div className="twinning-translations__controls">
        <label>
          {t('twinning:translationPanel.compare')}{' '}
          <select onChange={(event) => setTarget(event.target.value)} value={chosen}>
            {targets.map((code) => (
              <option key={code} value={code}>
                {code.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <a
          className="btn btn--style-secondary btn--size-small"
          download
          href={`${api}/twinning/xliff/export?collection=${collectionSlug}&ids=${id}&targets=${chosen}&version=2.0`}
        >
          {t('twinning:translationPanel.exportXliff')} (2.0)
        </a>
        <a
          className="btn btn--style-secondary btn--size-small"
          download
          href={`${api}/twinning/xliff/export?collection=${collectionSlug}&ids=${id}&targets=${chosen}&version=1.2`}
        >
          1.2
        </a>
        <label className="btn btn--style-secondary btn--size-small">
          {t('twinning:translationPanel.importXliff')}
          <input accept=".xlf,.xliff,.xml" hidden onChange={onImport} type="file" />
        </label>
        {report ? <output className="twinning-translations__report">{report}</output> : null}
      </div>

      {chosenStatus?.lastChange ? (
        <p className="twinning-translations__hint">
          {t('twinning:translationPanel.lastChange', {
            date: new Date(chosenStatus.lastChange).toLocaleString(),
            translator: chosenStatus.lastTranslator ?? '—',
          })}
        </p>
      ) : null}

      <table className="twinning-translations__compare">
        <thead>
          <tr>
            <th />
            <th>
              {t('twinning:translationPanel.source')} ({status.sourceLocale.toUpperCase()})
            </th>
            <th>
              {t('twinning:translationPanel.translation')} ({chosen.toUpperCase()})
            </th>
          </tr>
        </thead>
        <tbody>
          {status.fields.map((field) => {
            const outdated = chosenStatus?.outdatedFields.includes(field.path) ?? false
            const translation = plainText(valueInLocale(doc, field.path, chosen))
            return (
              <tr
                className={outdated ? 'twinning-translations__row--outdated' : undefined}
                data-field={field.path}
                data-outdated={outdated}
                key={field.path}
              >
                <th scope="row">
                  {field.label}
                  {outdated ? (
                    <span title={t('twinning:translationPanel.outdatedHint')}>
                      {' '}
                      ⚠ {t('twinning:translationPanel.outdated')}
                    </span>
                  ) : null}
                </th>
                <td lang={status.sourceLocale}>
                  {plainText(valueInLocale(doc, field.path, status.sourceLocale))}
                </td>
                <td lang={chosen}>
                  {translation || <em>{t('twinning:translationPanel.empty')}</em>}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
