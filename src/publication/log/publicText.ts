import { createHash } from 'node:crypto'

import type { FlattenedField } from 'payload'

import type { LocaleSetup } from '../predicates.js'
import type { PublicationSettings } from '../publicRead.js'
import { servableLocales } from '../predicates.js'
import { INTERNAL_FIELDS, planPublicView, restrictToPublicLocales } from '../projection.js'

type Data = Record<string, unknown>

/** Bookkeeping that changes with every write without changing what the public reads. */
const NOT_TEXT = new Set<string>([
  ...INTERNAL_FIELDS,
  'availableLocales',
  '_status',
  'createdAt',
  'updatedAt',
])

const empty = (value: unknown) => value === undefined || value === null || value === ''

/** Each localized value reduced to what a reader of `chain[0]` gets: its own, else the chain's first filled. */
function pickLocale(fields: FlattenedField[], doc: Data, chain: string[]): Data {
  const out: Data = {}
  for (const field of fields) {
    if (!('name' in field) || !(field.name in doc) || NOT_TEXT.has(field.name)) continue
    const value = doc[field.name]
    if (field.localized && value && typeof value === 'object') {
      const map = value as Data
      out[field.name] = chain.map((code) => map[code]).find((v) => !empty(v)) ?? null
    } else if (
      (field.type === 'group' || field.type === 'tab') &&
      value &&
      typeof value === 'object'
    ) {
      out[field.name] = pickLocale(field.flattenedFields, value as Data, chain)
    } else if (field.type === 'array' && Array.isArray(value)) {
      out[field.name] = value.map((row) => pickLocale(field.flattenedFields, row as Data, chain))
    } else out[field.name] = value
  }
  return out
}

/**
 * A copy of a stored document deep enough for `restrictToPublicLocales` to work on: every object it
 * may change (the document, group and tab values, array and block rows) is new; the values it only
 * replaces (locale maps, rich text) are shared. Far cheaper than structuredClone on long bodies.
 */
function copyContainers(fields: FlattenedField[], doc: Data): Data {
  const out: Data = { ...doc }
  for (const field of fields) {
    if (!('name' in field) || field.localized) continue
    const value = out[field.name]
    if (!value || typeof value !== 'object') continue
    if (field.type === 'group' || field.type === 'tab')
      out[field.name] = copyContainers(field.flattenedFields, value as Data)
    else if (field.type === 'array' && Array.isArray(value))
      out[field.name] = value.map((row) =>
        row && typeof row === 'object' ? copyContainers(field.flattenedFields, row as Data) : row,
      )
    else if (field.type === 'blocks' && Array.isArray(value))
      out[field.name] = (value as Data[]).map((row) => {
        const block = field.blocks?.find((candidate) => candidate.slug === row?.blockType)
        return block && row ? copyContainers(block.flattenedFields, row) : row
      })
  }
  return out
}

const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value as Data)
            .sort()
            .map((key) => [key, canonical((value as Data)[key])]),
        )
      : value

/**
 * What an anonymous reader of `locale` sees of a stored document (its default read: no named
 * fallback), each localized value reduced to one, relations as stored ids; undefined when the
 * document is not visible there. Bookkeeping fields are left out. `ownOnly`: what a reader held to
 * that language (an API client) sees — a field empty in it stays empty, never filled from another.
 */
export function publicViewOf(
  fields: FlattenedField[],
  stored: Data,
  locale: string,
  setup: LocaleSetup,
  settings: PublicationSettings = {},
  { ownOnly = false }: { ownOnly?: boolean } = {},
): Data | undefined {
  if (settings.withheld?.(stored)) return undefined
  const read = servableLocales(setup, { fallbackChain: settings.fallbackChain, locale })
  const plan = planPublicView(stored, read, setup.locales)
  // Served along a chain (a photo not public in `locale`): a reader of that language alone gets nothing.
  if (!plan || (ownOnly && plan.substitute)) return undefined
  const copy = copyContainers(fields, stored)
  restrictToPublicLocales(fields, copy, plan, setup.locales)
  return pickLocale(fields, copy, ownOnly ? [locale] : [locale, ...(setup.fallbacks[locale] ?? [])])
}

/** A hash of `publicViewOf`, or undefined when not visible. Equal hashes: nothing to announce. */
export function publicTextHash(
  fields: FlattenedField[],
  stored: Data,
  locale: string,
  setup: LocaleSetup,
  settings?: PublicationSettings,
): string | undefined {
  const view = publicViewOf(fields, stored, locale, setup, settings)
  if (!view) return undefined
  return createHash('sha1')
    .update(JSON.stringify(canonical(view)))
    .digest('base64url')
}
