import type { FlattenedField } from 'payload'

import type { ServableLocales } from './predicates.js'
import { publicLocalesOf, servedLocale } from './predicates.js'

type Data = Record<string, unknown>

/** Stored fields the public never sees: the read rule's index, workflow states, translation bookkeeping. */
export const INTERNAL_FIELDS = ['publishedIn', 'localeStatus', 'translationTracking'] as const

/** What a public document says about the language it was served in. */
export interface PublicLocaleNote {
  requested: string
  /** The locale the text comes from; with `locale=all`, every locale the document is public in. */
  served: string | string[]
}

/** A document as the public sees it: no internal fields, and a note of the locale it was served in. */
export type PublicDocument<T> = Omit<T, (typeof INTERNAL_FIELDS)[number]> & {
  _locale: PublicLocaleNote
}

/** How one stored document is to be served: which locales' text remains, and where it comes from. */
export interface PublicPlan {
  /** Locales whose stored text may reach the reader: those the document is public in. */
  keep: Set<string>
  note: PublicLocaleNote
  /** When the document is served from a fallback: its text fills the requested locale's slot. */
  substitute?: { from: string; into: string }
}

/** Plans the public view of a stored document for a read, or undefined when nothing may be served. */
export function planPublicView(
  doc: Data,
  read: ServableLocales,
  locales: string[],
): PublicPlan | undefined {
  const readable = read.readable
  const keep = new Set(
    publicLocalesOf(doc, locales).filter((code) => !readable || readable.includes(code)),
  )
  if (read.requested === 'all') {
    return keep.size ? { keep, note: { requested: 'all', served: [...keep] } } : undefined
  }
  const served = servedLocale(doc, read.servable)
  if (!served) return undefined
  const note = { requested: read.requested, served }
  return served === read.requested
    ? { keep, note }
    : { keep, note, substitute: { from: served, into: read.requested } }
}

const isLocaleMap = (value: unknown, locales: string[]): value is Data =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).every((key) => locales.includes(key))

/**
 * Reduces every localized value of a stored document (`{ de: …, zh: … }`, at any depth: groups,
 * tabs, array rows, blocks) to the locales in `plan.keep`, and serves a fallback by putting its
 * text in the requested locale's slot. Payload then picks the requested locale and fills empty
 * fields along the fallback chain — from what is left, so from public locales only. A localized
 * value that is not a locale map cannot be attributed to a locale and is dropped (fails closed).
 */
export function restrictToPublicLocales(
  fields: FlattenedField[],
  doc: Data,
  plan: PublicPlan,
  locales: string[],
): void {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in doc)) continue
    const value = doc[field.name]
    if (field.localized) {
      if (!isLocaleMap(value, locales)) {
        if (value !== null && value !== undefined) delete doc[field.name]
        continue
      }
      const kept: Data = {}
      for (const code of plan.keep) if (code in value) kept[code] = value[code]
      if (plan.substitute) kept[plan.substitute.into] = value[plan.substitute.from] ?? null
      doc[field.name] = kept
      continue
    }
    if (!value || typeof value !== 'object') continue
    if (field.type === 'group' || field.type === 'tab') {
      restrictToPublicLocales(field.flattenedFields, value as Data, plan, locales)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value)
        if (row && typeof row === 'object')
          restrictToPublicLocales(field.flattenedFields, row as Data, plan, locales)
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const row of value as Data[]) {
        const block = field.blocks?.find((candidate) => candidate.slug === row?.blockType)
        if (block) restrictToPublicLocales(block.flattenedFields, row, plan, locales)
      }
    }
  }
}

/**
 * The finished public document: internal fields removed, the locale note added; for a reader
 * held to some languages (an API client), `availableLocales` names only those.
 */
export function toPublicDocument<T extends Data>(
  doc: T,
  note: PublicLocaleNote,
  readable?: string[],
): PublicDocument<T> {
  const shaped: Data = { ...doc }
  for (const name of INTERNAL_FIELDS) delete shaped[name]
  if (readable && Array.isArray(shaped.availableLocales))
    shaped.availableLocales = shaped.availableLocales.filter((code) => readable.includes(code))
  shaped._locale = note
  return shaped as PublicDocument<T>
}
