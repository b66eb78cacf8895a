import type { PayloadRequest } from 'payload'

import type { ResolvedOptions, UrlSlugOptions } from '../options.js'
import { TWINNING } from '../slugs.js'
import { makeSlug } from './makeSlug.js'

type WithConfig = { payload: { config: PayloadRequest['payload']['config'] } }

/** The installation's slug options (`twinning({ urlSlugs })`, resolved). */
export const urlSlugOptionsOf = (req: WithConfig): UrlSlugOptions =>
  (req.payload.config.custom[TWINNING] as ResolvedOptions).urlSlugs

/** A slug for `text` in `locale` as the installation makes them; '' when the text has nothing usable. */
export function slugOf(req: WithConfig, text: unknown, locale: string): Promise<string> {
  if (typeof text !== 'string' || !text.trim()) return Promise.resolve('')
  const { maxLength, style } = urlSlugOptionsOf(req)
  return makeSlug(text, locale, { maxLength, style: style[locale] ?? 'romanized' })
}
