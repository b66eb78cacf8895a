import type { LocaleStatus } from './fields.js'

/**
 * What a language badge says about one locale of a document, strongest first: public wins over a
 * pending scheduled publish, which wins over the editorial status of the draft.
 */
export const BADGE_STATES = [
  'published',
  'scheduled',
  'inReview',
  'inTranslation',
  'draft',
  'unpublished',
] as const
export type BadgeState = (typeof BADGE_STATES)[number]

/** One locale of one document, as the list's language column and the edit view's status show it. */
export interface LocaleBadge {
  code: string
  /** The translation was made from source texts that changed since (see translation/outdated.ts). */
  outdated: boolean
  /** When a pending scheduled publish of this locale runs (ISO date), else null. */
  scheduledAt: null | string
  state: BadgeState
}

const EDITORIAL = new Set<unknown>([
  'inTranslation',
  'inReview',
  'unpublished',
] satisfies LocaleStatus[])

/**
 * The badge state of a locale. `published` comes from `availableLocales` (what the public really
 * sees), never from `localeStatus` alone; a draft that claims `published` without being public is
 * a draft.
 */
export function badgeState({
  published,
  scheduledAt,
  status,
}: {
  published: boolean
  scheduledAt: null | string
  status: unknown
}): BadgeState {
  if (published) return 'published'
  if (scheduledAt) return 'scheduled'
  return EDITORIAL.has(status) ? (status as BadgeState) : 'draft'
}
