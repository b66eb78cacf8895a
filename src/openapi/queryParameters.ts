import type { ReadLimits } from '../options.js'
import type { JsonSchema } from './jsonSchema.js'

export interface ParameterInput {
  defaultLocale: string
  /** Payload's `defaultDepth`: the depth of a read that names none. */
  defaultDepth: number
  locales: string[]
  reads: ReadLimits
}

const query = (
  name: string,
  schema: JsonSchema,
  description: string,
  extra: JsonSchema = {},
): JsonSchema => ({ name, in: 'query', description, schema, ...extra })

/**
 * The query parameters of public reads (REST of the published collections), with the values this
 * installation accepts: its locales, its read limits. `components.parameters`, by name.
 */
export function readParameters({
  defaultDepth,
  defaultLocale,
  locales,
  reads,
}: ParameterInput): Record<string, JsonSchema> {
  return {
    locale: query(
      'locale',
      { type: 'string', enum: [...locales, 'all'], default: defaultLocale },
      `The locale to read. A document is returned only where it is published in that locale (or in the fallback named by \`fallback-locale\`). \`all\`: every locale the document is public in, each localized field as an object keyed by locale code. An unknown locale is answered 400.`,
    ),
    fallbackLocale: query(
      'fallback-locale',
      { type: 'string', enum: [...locales, 'none'], default: 'none' },
      'A locale to serve a document from when it is not published in `locale`; `_locale.served` then names it. `none`: no fallback (a document not published in `locale` is left out or answered 404). Photos fall back along their configured chain regardless.',
    ),
    depth: query(
      'depth',
      {
        type: 'integer',
        minimum: 0,
        maximum: reads.maxDepth,
        default: Math.min(defaultDepth, reads.maxDepth),
      },
      `How many levels of relations to populate: 0 gives ids, 1 embeds the related documents (their own relations as ids), and so on. A relation to a document the reader may not see stays an id. Deeper requests are served at depth ${reads.maxDepth}.`,
    ),
    limit: query(
      'limit',
      { type: 'integer', minimum: 1, maximum: reads.maxLimit, default: reads.defaultLimit },
      `Documents per page, at most ${reads.maxLimit} (a larger value, or 0, gives ${reads.maxLimit}).`,
    ),
    page: query('page', { type: 'integer', minimum: 1, default: 1 }, 'The page to return.'),
    sort: query(
      'sort',
      { type: 'string' },
      'Field to sort by, `-` in front for descending (`-createdAt`); several separated by commas. Translated fields can be sorted by only without a fallback and not with `locale=all`. An unknown field is answered 400.',
    ),
    where: query(
      'where',
      { type: 'object', additionalProperties: true },
      `Payload's query syntax, nested brackets in the query string: \`where[createdAt][greater_than]=2026-01-01\` (operators equals, not_equals, in, not_in, like, contains, greater_than, less_than, exists, …), combined with \`where[or][0][…]\` and \`where[and][0][…]\`. At most ${reads.maxWhereDepth} levels and ${reads.maxWhereConditions} conditions; filters see only text the reader may see (internal fields, related documents and, with \`locale=all\`, paths without a locale are refused with 400).`,
      { style: 'deepObject', explode: true, example: {} },
    ),
    select: query(
      'select',
      { type: 'object', additionalProperties: { type: 'boolean' } },
      '`select[field]=true` returns only the named fields (plus `id`, `_locale` and the fields the server decides visibility on, such as `_status`); `select[field]=false` leaves fields out. The documents then hold a part of the schema shown: the fields left out are missing.',
      { style: 'deepObject', explode: true, example: {} },
    ),
  }
}

/** `$ref`s to shared parameters by name. */
export const parameterRefs = (...names: string[]): JsonSchema[] =>
  names.map((name) => ({ $ref: `#/components/parameters/${name}` }))
