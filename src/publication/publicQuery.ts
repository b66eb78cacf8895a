import type { FlattenedField, Where } from 'payload'

import type { ServableLocales } from './predicates.js'
import { INTERNAL_FIELDS } from './projection.js'

/** What a `where` or `sort` path of a public read touches. */
export type PathVerdict =
  | { kind: 'plain' }
  | { kind: 'localized'; locale?: string }
  | { kind: 'internal' }
  | { kind: 'relation' }

const RELATION_TYPES = new Set(['relationship', 'upload', 'join'])
/** What a path may name past a relation without reading the related document. */
const RELATION_OWN_KEYS = new Set(['id', 'value', 'relationTo'])

/** Resolves a dotted path (`pressContact.office.zh`, `heroPhoto.alt`) against a collection's fields. */
export function classifyPath(
  fields: FlattenedField[],
  path: string,
  locales: string[],
): PathVerdict {
  const segments = path.split('.')
  let current: FlattenedField[] | undefined = fields
  let localized = false
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!
    if (index === 0 && (INTERNAL_FIELDS as readonly string[]).includes(segment)) {
      return segment === 'publishedIn' ? { kind: 'plain' } : { kind: 'internal' }
    }
    const field: FlattenedField | undefined = current?.find(
      (candidate) => 'name' in candidate && candidate.name === segment,
    )
    if (!field) {
      // `title.zh`: a locale named after a localized field.
      if (localized && locales.includes(segment) && index === segments.length - 1)
        return { kind: 'localized', locale: segment }
      return localized ? { kind: 'localized' } : { kind: 'plain' }
    }
    if (field.localized) localized = true
    if (RELATION_TYPES.has(field.type)) {
      const rest = segments
        .slice(index + 1)
        .filter((part) => !(localized && locales.includes(part)))
      if (rest.length > 1 || (rest.length === 1 && !RELATION_OWN_KEYS.has(rest[0]!)))
        return { kind: 'relation' }
      const locale = segments.slice(index + 1).find((part) => locales.includes(part))
      return localized ? { kind: 'localized', locale } : { kind: 'plain' }
    }
    current =
      field.type === 'blocks'
        ? (field.blocks ?? []).flatMap((block) => block.flattenedFields)
        : 'flattenedFields' in field
          ? field.flattenedFields
          : undefined
  }
  return localized ? { kind: 'localized' } : { kind: 'plain' }
}

export type QueryRefusal =
  | { key: 'errors.publicQueryInternal'; path: string }
  | { key: 'errors.publicQueryRelation'; path: string }
  | { key: 'errors.publicQueryAllLocales'; path: string }
  | { key: 'errors.publicSortLocalized'; path: string }
  | { key: 'errors.publicQueryLocale'; path: string }

/**
 * "Public in this locale" inside a client's `where`. Not `publishedIn.<code>`: Payload's query
 * validation reads a path ending in the request's locale code as a locale suffix and refuses it.
 */
const publicIn = (locale: string): Where => ({ availableLocales: { in: [locale] } })

/** Values a condition compares with, flattened (`{ in: ['de', 'zh'] }` → de, zh). */
const valuesOf = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value.flatMap(valuesOf)
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(valuesOf)
      : typeof value === 'string'
        ? value.split(',')
        : [value]

/**
 * Whether a condition asks which other languages a document is public in (`publishedIn.de`, or
 * `availableLocales` compared with `de`), for a reader held to some languages (an API client).
 */
function namesOtherLanguage(path: string, value: unknown, readable: string[], locales: string[]) {
  const [first, second] = path.replace(/^-/, '').split('.')
  if (first === 'publishedIn') return !second || !readable.includes(second)
  if (first !== 'availableLocales') return false
  return valuesOf(value).some(
    (item) => typeof item === 'string' && locales.includes(item) && !readable.includes(item),
  )
}

/**
 * `and`/`or` in any letter case, as Payload and every adapter read them (GraphQL writes `AND`/`OR`),
 * with their parts as a list: a query string past qs's array limit (`where[or][25]`) arrives as an
 * object keyed by index.
 */
export function junctionOf(
  key: string,
  value: unknown,
): { kind: 'and' | 'or'; parts: Where[] } | undefined {
  const kind = key.toLowerCase()
  if (kind !== 'and' && kind !== 'or') return undefined
  const parts = Array.isArray(value)
    ? value
    : value && typeof value === 'object'
      ? Object.values(value)
      : []
  return {
    kind,
    parts: parts.map((part) => (part && typeof part === 'object' ? (part as Where) : {})),
  }
}

const plainObject = (value: unknown): boolean =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value))

/** Operators whose value is a shape, not a query (`within`, `intersects` take GeoJSON). */
const SHAPE_OPERATORS = new Set(['intersects', 'within'])

/** Whether a condition's operators carry a `where` of their own (Payload's nested relation query). */
function nestsWhere(condition: unknown): boolean {
  if (!plainObject(condition)) return false
  return Object.entries(condition as Record<string, unknown>).some(
    ([operator, operand]) =>
      !SHAPE_OPERATORS.has(operator) &&
      (plainObject(operand) || (Array.isArray(operand) && operand.some(plainObject))),
  )
}

/**
 * A public `where` that sees only text the reader may see. A condition on a localized field
 * matches only documents public in the locale whose text it reads (`title.zh` → public in zh; a
 * bare `title` → public in the requested locale) — unless every document the read can return is
 * public in that locale already. Internal fields and paths into related documents are refused.
 */
export function guardPublicWhere(
  where: Where,
  fields: FlattenedField[],
  read: ServableLocales,
  locales: string[],
): { where: Where } | { refusal: QueryRefusal } {
  const guarded: Where = {}
  const clauses: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    const junction = junctionOf(key, value)
    if (junction) {
      const nested: Where[] = []
      for (const inner of junction.parts) {
        const result = guardPublicWhere(inner, fields, read, locales)
        if ('refusal' in result) return result
        nested.push(result.where)
      }
      // Written back in lower case, so the database reads exactly the tree that was guarded
      // (`or` beside `OR` is a second disjunction, and-ed with the first).
      if (guarded[junction.kind]) clauses.push({ [junction.kind]: nested })
      else guarded[junction.kind] = nested
      continue
    }
    // Payload reads `__` as `.` (GraphQL names group fields `venue__name`): guard, and write back,
    // the path it will read.
    const path = key.replace(/__/g, '.')
    // A where nested in an operator (`gallery: { contains: { caption: … } }`) reads related
    // documents with no public read rule: refused, as any path into them is.
    if (nestsWhere(value)) return { refusal: { key: 'errors.publicQueryRelation', path } }
    const verdict = classifyPath(fields, path, locales)
    if (verdict.kind === 'internal') return { refusal: { key: 'errors.publicQueryInternal', path } }
    if (read.readable && namesOtherLanguage(path, value, read.readable, locales))
      return { refusal: { key: 'errors.publicQueryLocale', path } }
    if (verdict.kind === 'relation') return { refusal: { key: 'errors.publicQueryRelation', path } }
    if (verdict.kind === 'localized') {
      if (read.requested === 'all' && !verdict.locale) {
        return { refusal: { key: 'errors.publicQueryAllLocales', path } }
      }
      const locale = verdict.locale ?? read.requested
      // A reader held to some languages (an API client) cannot probe another's text either.
      if (read.readable && verdict.locale && !read.readable.includes(verdict.locale))
        return { refusal: { key: 'errors.publicQueryLocale', path } }
      const alreadyPublic =
        read.requested !== 'all' && read.servable.length === 1 && locale === read.requested
      if (!alreadyPublic) {
        clauses.push({ and: [{ [path]: value } as Where, publicIn(locale)] })
        continue
      }
    }
    // Two spellings of one path (`title.zh`, `title__zh`) are both kept, and-ed.
    if (Object.hasOwn(guarded, path)) clauses.push({ [path]: value } as Where)
    else guarded[path] = value as Where[string]
  }
  if (!clauses.length) return { where: guarded }
  return { where: { and: [...(Object.keys(guarded).length ? [guarded] : []), ...clauses] } }
}

/**
 * A public sort or distinct field may read a localized field only when every document the read can
 * return is public in the requested locale: otherwise the order itself would reveal hidden text.
 */
export function guardPublicSortPath(
  path: string,
  fields: FlattenedField[],
  read: ServableLocales,
  locales: string[],
): QueryRefusal | undefined {
  const plain = path.replace(/^-/, '').replace(/__/g, '.')
  const verdict = classifyPath(fields, plain, locales)
  if (verdict.kind === 'internal') return { key: 'errors.publicQueryInternal', path }
  const bare = plain.split('.')[0]
  if (read.readable && (bare === 'publishedIn' || bare === 'availableLocales'))
    return { key: 'errors.publicQueryLocale', path }
  if (verdict.kind === 'relation') return { key: 'errors.publicQueryRelation', path }
  if (verdict.kind !== 'localized') return undefined
  const own = !verdict.locale || verdict.locale === read.requested
  return read.requested !== 'all' && read.servable.length === 1 && own
    ? undefined
    : { key: 'errors.publicSortLocalized', path }
}
