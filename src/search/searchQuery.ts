import type { PayloadRequest } from 'payload'

import { queryValue } from '../http/queryValue.js'
import { refuse } from '../http/refuse.js'
import { localeSetupOf } from '../publication/localeSetup.js'
import { parseQuery } from './analyzer/index.js'
import type { QueryPlan } from './types.js'

export const MAX_QUERY_LENGTH = 200
export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50
/** The deepest hit a reader may page to: deeper paging is a crawl, not a search. */
export const MAX_DEPTH = 1000

export interface SearchRequest {
  collections: string[]
  limit: number
  locales?: string[]
  page: number
  plan: QueryPlan
  q: string
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const whole = (value: string | undefined) =>
  value === undefined ? undefined : /^\d{1,6}$/.test(value) ? Number(value) : NaN

/** The query of `search`, checked: a typed request, or a 400 that names what is wrong. */
export function parseSearchRequest(req: PayloadRequest, searchable: string[]): SearchRequest {
  const q = queryValue(req, 'q')?.trim()
  if (!q) refuse(req, 400, 'errors.searchQueryMissing')
  if ([...q].length > MAX_QUERY_LENGTH)
    refuse(req, 400, 'errors.searchQueryTooLong', { max: String(MAX_QUERY_LENGTH) })
  if (LONE_SURROGATE.test(q)) refuse(req, 400, 'errors.searchQueryInvalid')

  const { locales } = localeSetupOf(req.payload.config)
  const locale = queryValue(req, 'locale')
  if (locale !== undefined && locale !== 'all' && !locales.includes(locale)) {
    refuse(req, 400, 'errors.unknownLocale', {
      locale: locale.slice(0, 40),
      locales: [...locales, 'all'].join(', '),
    })
  }

  const named = queryValue(req, 'collections')
  const collections = named
    ? [
        ...new Set(
          named
            .split(',')
            .map((slug) => slug.trim())
            .filter(Boolean),
        ),
      ]
    : searchable
  const unknown = collections.find((slug) => !searchable.includes(slug))
  if (unknown !== undefined || !collections.length) {
    refuse(req, 400, 'errors.unknownCollection', {
      collection: (unknown ?? named ?? '').slice(0, 60),
      collections: searchable.join(', '),
    })
  }

  const limit = whole(queryValue(req, 'limit')) ?? DEFAULT_LIMIT
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    refuse(req, 400, 'errors.limitRange', { max: String(MAX_LIMIT) })
  const pageText = queryValue(req, 'page')
  const page = whole(pageText) ?? 1
  if (!Number.isInteger(page) || page < 1)
    refuse(req, 400, 'errors.pageInvalid', { page: String(pageText).slice(0, 40) })
  if ((page - 1) * limit >= MAX_DEPTH)
    refuse(req, 400, 'errors.pageTooDeep', { max: String(MAX_DEPTH) })

  const plan = parseQuery(q, locale === 'all' ? undefined : locale)
  if (!plan.words.some((word) => !word.optional))
    refuse(req, 400, 'errors.searchQueryNoWords', { q: q.slice(0, 80) })
  return {
    collections,
    limit,
    locales: locale && locale !== 'all' ? [locale] : undefined,
    page,
    plan,
    q,
  }
}
