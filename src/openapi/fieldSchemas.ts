import type { FlattenedField, Option, Payload } from 'payload'

import { closedObject, englishText, type JsonSchema, nullable } from './jsonSchema.js'
import { publicVisibility } from './publicVisibility.js'

/**
 * How a public read shapes values: `one` for `locale=<code>` (a localized field holds the value of
 * that locale), `all` for `locale=all` (an object keyed by locale code).
 */
export type LocaleMode = 'all' | 'one'

export interface FieldSchemaContext {
  locales: string[]
  mode: LocaleMode
  payload: Payload
  /** The value of a relation to `slug` (an id, or the populated document, as `depth` says). */
  relationTo: (slug: string) => JsonSchema
  /** A schema that replaces the generated one (fields whose shape the config does not state). */
  override?: (field: FlattenedField, context: FieldSchemaContext) => JsonSchema | undefined
}

/** The properties of an object and the names it always carries. */
export interface ObjectShape {
  properties: Record<string, JsonSchema>
  required: string[]
}

const DATE: JsonSchema = { type: 'string', format: 'date-time' }

const optionValues = (options: Option[]): string[] =>
  options.map((option) => (typeof option === 'string' ? option : option.value))

const manyOrOne = (field: { hasMany?: boolean }, item: JsonSchema): JsonSchema =>
  field.hasMany ? { type: 'array', items: item } : item

/** Lexical's editor state as stored; upload and relationship nodes carry a populated `value` at depth ≥ 1. */
const RICH_TEXT: JsonSchema = {
  type: 'object',
  description: 'Lexical editor state (JSON).',
  properties: { root: { type: 'object' } },
  required: ['root'],
}

/** A relation's value: one target or several (`{ relationTo, value }`), one value or many. */
function relationSchema(
  field: { hasMany?: boolean; relationTo: string | string[] },
  context: FieldSchemaContext,
): JsonSchema {
  const item = Array.isArray(field.relationTo)
    ? {
        anyOf: field.relationTo.map((slug) =>
          closedObject({ relationTo: { const: slug }, value: context.relationTo(slug) }),
        ),
      }
    : context.relationTo(field.relationTo)
  return manyOrOne(field, item)
}

/** The value of a field in one locale, before nullability. */
async function valueSchema(
  field: FlattenedField,
  context: FieldSchemaContext,
): Promise<JsonSchema> {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
    case 'email': {
      const limits = {
        ...('minLength' in field && field.minLength !== undefined
          ? { minLength: field.minLength }
          : {}),
        ...('maxLength' in field && field.maxLength !== undefined
          ? { maxLength: field.maxLength }
          : {}),
      }
      return manyOrOne(field as { hasMany?: boolean }, { type: 'string', ...limits })
    }
    case 'number':
      return manyOrOne(field, {
        type: 'number',
        ...(field.min !== undefined ? { minimum: field.min } : {}),
        ...(field.max !== undefined ? { maximum: field.max } : {}),
      })
    case 'checkbox':
      return { type: 'boolean' }
    case 'date':
      return DATE
    case 'select':
      return manyOrOne(field, { type: 'string', enum: optionValues(field.options) })
    case 'radio':
      return { type: 'string', enum: optionValues(field.options) }
    case 'point':
      return {
        type: 'array',
        description: '[longitude, latitude]',
        prefixItems: [{ type: 'number' }, { type: 'number' }],
        minItems: 2,
        maxItems: 2,
      }
    case 'json':
      return (field.jsonSchema?.schema as JsonSchema | undefined) ?? {}
    case 'richText':
      return RICH_TEXT
    case 'relationship':
    case 'upload':
      return relationSchema(field, context)
    case 'group':
    case 'tab':
      return shapeToSchema(await objectShape(field.flattenedFields, context, false))
    case 'array': {
      const row = await objectShape(field.flattenedFields, context, false)
      return {
        type: 'array',
        items: shapeToSchema({
          properties: { id: { type: 'string' }, ...row.properties },
          required: ['id', ...row.required.filter((name) => name !== 'id')],
        }),
      }
    }
    case 'blocks': {
      const blocks = await Promise.all(
        field.blocks.map(async (block) => {
          const shape = await objectShape(block.flattenedFields, context, false)
          return shapeToSchema({
            properties: {
              id: { type: 'string' },
              blockName: nullable({ type: 'string' }),
              blockType: { const: block.slug },
              ...shape.properties,
            },
            required: ['id', 'blockType', ...shape.required],
          })
        }),
      )
      return { type: 'array', items: { anyOf: blocks } }
    }
    case 'join':
      return { description: 'Documents that refer to this one (join field).' }
  }
}

/** Whether Payload can answer null for the field: anything not required except objects. */
function mayBeNull(field: FlattenedField): boolean {
  if (field.type === 'group' || field.type === 'tab' || field.type === 'checkbox') return false
  if (field.type === 'array' || field.type === 'blocks' || field.type === 'join')
    return !field.required
  return !('required' in field && field.required)
}

/** The locale-shaped value of a field: as is in `one` mode, by locale code in `all` mode. */
export function byLocale(value: JsonSchema, context: FieldSchemaContext): JsonSchema {
  if (context.mode === 'one') return value
  return {
    type: 'object',
    description: 'One value per locale the document is public in.',
    propertyNames: { enum: context.locales },
    additionalProperties: value,
  }
}

/** The public schema of one field, with its label and admin description as documentation. */
export async function fieldSchema(
  field: FlattenedField,
  context: FieldSchemaContext,
): Promise<JsonSchema> {
  const overridden = context.override?.(field, context)
  const documentation = {
    ...(englishText(field.label) ? { title: englishText(field.label) } : {}),
    ...(englishText(field.admin?.description)
      ? { description: englishText(field.admin?.description) }
      : {}),
  }
  if (overridden) return { ...documentation, ...overridden }
  const value = await valueSchema(field, context)
  const valued = mayBeNull(field) ? nullable(value) : value
  return {
    ...documentation,
    ...('localized' in field && field.localized ? byLocale(valued, context) : valued),
  }
}

/** An object schema with exactly the shape's properties. */
export const shapeToSchema = (shape: ObjectShape): JsonSchema =>
  closedObject(shape.properties, shape.required)

/**
 * The properties the public gets of these fields: those it never gets are left out, those it gets
 * for some documents only are not required. `topLevel` fields of a document may be internal.
 */
export async function objectShape(
  fields: FlattenedField[],
  context: FieldSchemaContext,
  topLevel: boolean,
): Promise<ObjectShape> {
  const shape: ObjectShape = { properties: {}, required: [] }
  for (const field of fields) {
    if (!('name' in field)) continue
    const visibility = await publicVisibility(field, context.payload, topLevel)
    if (visibility === 'never') continue
    shape.properties[field.name] = await fieldSchema(field, context)
    if (visibility === 'always') shape.required.push(field.name)
  }
  return shape
}
