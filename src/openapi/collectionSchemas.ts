import type { Payload, SanitizedCollectionConfig, SelectType } from 'payload'

import { publicationOf } from '../publication/publicRead.js'
import {
  type FieldSchemaContext,
  type LocaleMode,
  objectShape,
  shapeToSchema,
} from './fieldSchemas.js'
import { closedObject, type JsonSchema, ref } from './jsonSchema.js'
import { photoFieldSchema, unavailablePhotoSchema } from './photoSchemas.js'

/** A collection with per-locale publishing, as the contract names it. */
export interface PublishedCollection {
  config: SanitizedCollectionConfig
  /** PascalCase of the slug: the stem of its component names (`partner-cities` → `PartnerCities`). */
  name: string
}

export const pascalCase = (slug: string): string =>
  slug
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')

/** The collections the public reads (those with per-locale publishing), in config order. */
export const publishedCollections = (payload: Payload): PublishedCollection[] =>
  payload.config.collections
    .filter((config) => publicationOf(config))
    .map((config) => ({ config, name: pascalCase(config.slug) }))

/** Component names of a collection's schemas. */
export const schemaNames = (name: string) => ({
  document: { all: `${name}AllLocales`, one: name },
  summary: { all: `${name}SummaryAllLocales`, one: `${name}Summary` },
  unavailable: `${name}Unavailable`,
})

/** A document's id: a number on SQL databases, a string on MongoDB or with custom text ids. */
export function idSchema(payload: Payload, slug: string): JsonSchema {
  const type =
    payload.collections[slug as keyof typeof payload.collections]?.customIDType ??
    payload.db.defaultIDType
  return type === 'number' ? { type: 'integer' } : { type: 'string' }
}

/** `_locale`: the locale asked for and where the text comes from. */
export const localeNoteSchema = (mode: LocaleMode, locales: string[]): JsonSchema =>
  mode === 'one'
    ? closedObject(
        {
          requested: { type: 'string', enum: locales },
          served: {
            type: 'string',
            enum: locales,
            description: 'The locale the text comes from: the one requested, or a fallback.',
          },
        },
        undefined,
        { description: 'The locale this document was asked for and served in.' },
      )
    : closedObject(
        {
          requested: { const: 'all' },
          served: {
            type: 'array',
            items: { type: 'string', enum: locales },
            description: 'Every locale the document is public in.',
          },
        },
        undefined,
        { description: 'The locales this document is public in.' },
      )

/** The top-level field names a `defaultPopulate` selection keeps (include or exclude mode). */
function populatedNames(select: SelectType, names: string[]): Set<string> {
  const values = Object.values(select)
  const including = values.some((value) => value === true || typeof value === 'object')
  return new Set(
    names.filter((name) =>
      including ? select[name] !== undefined && select[name] !== false : select[name] !== false,
    ),
  )
}

export interface CollectionSchemaInput {
  collections: PublishedCollection[]
  locales: string[]
  payload: Payload
  /** Slug of the collection the photo features are on, if any. */
  photosSlug?: string
}

/**
 * The public schemas of every published collection, generated from its fields at run time: the
 * document as a read by id or a list returns it, in one locale and with `locale=all`; the summary
 * another document embeds where the collection sets `defaultPopulate`; the placeholder of a
 * document the public may not see at all (`withheld`) where another one relates to it.
 */
export async function collectionSchemas(
  input: CollectionSchemaInput,
): Promise<Record<string, JsonSchema>> {
  const { collections, locales, payload } = input
  const bySlug = new Map<string, PublishedCollection>(
    collections.map((collection) => [collection.config.slug, collection]),
  )
  const schemas: Record<string, JsonSchema> = {}

  for (const mode of ['one', 'all'] as const) {
    // A relation is an id (depth 0, or a document the reader may not see) or the populated document.
    const relationTo = (slug: string): JsonSchema => {
      const target = bySlug.get(slug)
      if (!target) return { anyOf: [idSchema(payload, slug), { type: 'object' }] }
      const names = schemaNames(target.name)
      const populated = target.config.defaultPopulate ? names.summary[mode] : names.document[mode]
      return {
        anyOf: [
          idSchema(payload, slug),
          ref(populated),
          ...(publicationOf(target.config)?.withheld ? [ref(names.unavailable)] : []),
        ],
      }
    }
    for (const { config, name } of collections) {
      const context: FieldSchemaContext = {
        locales,
        mode,
        override: config.slug === input.photosSlug ? photoFieldSchema : undefined,
        payload,
        relationTo,
      }
      const shape = await objectShape(config.flattenedFields, context, true)
      // Payload sets both on every write; the fields are not `required` only so no one has to fill them.
      if (config.timestamps !== false) {
        for (const name of ['createdAt', 'updatedAt'])
          if (shape.properties[name])
            shape.properties[name] = { type: 'string', format: 'date-time' }
      }
      if (shape.properties._status) {
        shape.properties._status = {
          type: 'string',
          enum: ['published'],
          description: 'Public documents are always published.',
        }
      }
      const properties = {
        id: idSchema(payload, config.slug),
        ...shape.properties,
        _locale: localeNoteSchema(mode, locales),
      }
      const required = ['id', ...shape.required, '_locale']
      const names = schemaNames(name)
      schemas[names.document[mode]] = shapeToSchema({ properties, required })
      if (config.defaultPopulate) {
        const kept = populatedNames(config.defaultPopulate, Object.keys(shape.properties))
        kept.add('id').add('_locale')
        schemas[names.summary[mode]] = {
          ...shapeToSchema({
            properties: Object.fromEntries(
              Object.entries(properties).filter(([key]) => kept.has(key)),
            ),
            required: required.filter((key) => kept.has(key)),
          }),
          description: `What another document embeds of a ${config.slug} document at depth ≥ 1.`,
        }
      }
      if (mode === 'one' && publicationOf(config)?.withheld) {
        schemas[names.unavailable] = unavailablePhotoSchema(idSchema(payload, config.slug), locales)
      }
    }
  }
  return schemas
}
