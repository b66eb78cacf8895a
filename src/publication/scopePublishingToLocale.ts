import type { CollectionBeforeOperationHook } from 'payload'

import { refuse } from '../http/refuse.js'

export const LOCALE_ACTION = 'twinningLocaleAction'
export type LocaleAction = { action: 'publish' | 'unpublish'; locale: string }

/**
 * Every write touches one locale's publication only. Publishing (`_status: 'published'` or
 * `localeStatus: 'published'`) publishes the request's locale alone — Payload merges just that
 * locale into the published document (`publishSpecificLocale`), so German drafts never go live with
 * a Korean publish. `localeStatus: 'unpublished'` (or `_status: 'draft'` outside a draft save, as the
 * admin's Unpublish button sends) withdraws one locale the same way. Every other write of an
 * existing document is saved as a draft.
 */
export const scopePublishingToLocale: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data) return args
  // A scheduled publish (Payload's schedulePublish job) names its locale in publishSpecificLocale.
  const locale =
    (args as { publishSpecificLocale?: string }).publishSpecificLocale ?? req.locale ?? ''
  const single = (args as { id?: unknown }).id !== undefined || operation === 'create'
  const publish =
    data.localeStatus === 'published' || (data._status === 'published' && args.draft !== true)
  // The admin's Unpublish button sends `_status: 'draft'` without `draft`: it withdraws the locale being edited.
  const unpublish =
    data.localeStatus === 'unpublished' ||
    (operation === 'update' && data._status === 'draft' && args.draft !== true)
  req.context[LOCALE_ACTION] = undefined

  if ((publish || unpublish || 'localeStatus' in data) && (locale === 'all' || !single)) {
    refuse(req, 400, 'errors.allLocalesStatus', {}, { field: 'localeStatus' })
  }
  if (publish || unpublish) {
    data.localeStatus = publish ? 'published' : 'unpublished'
    data._status = 'published'
    args.draft = false
    if (operation === 'update') args.publishSpecificLocale = locale
    req.context[LOCALE_ACTION] = {
      action: publish ? 'publish' : 'unpublish',
      locale,
    } satisfies LocaleAction
    return args
  }
  delete data._status
  if (operation === 'update') args.draft = true
  else data._status = 'draft'
  return args
}
