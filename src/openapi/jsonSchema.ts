/** A JSON Schema (draft 2020-12, as OpenAPI 3.1 uses it) or an OpenAPI object: plain JSON. */
export type JsonSchema = { [key: string]: unknown }

/** `{ $ref }` to a schema under `components.schemas`. */
export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` })

/** The schema, or null: `type` gains `'null'` where it can, else an `anyOf` with `{ type: 'null' }`. */
export function nullable(schema: JsonSchema): JsonSchema {
  const { type } = schema
  if (typeof type === 'string') {
    const values = Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}
    return { ...schema, ...values, type: [type, 'null'] }
  }
  if (Array.isArray(type))
    return type.includes('null') ? schema : { ...schema, type: [...type, 'null'] }
  if (Array.isArray(schema.anyOf)) return { ...schema, anyOf: [...schema.anyOf, { type: 'null' }] }
  return { anyOf: [schema, { type: 'null' }] }
}

/** An object with exactly these properties: `required` ones always there, nothing else allowed. */
export const closedObject = (
  properties: Record<string, JsonSchema>,
  required: string[] = Object.keys(properties),
  extra: JsonSchema = {},
): JsonSchema => ({
  type: 'object',
  ...extra,
  properties,
  required,
  additionalProperties: false,
})

/** The text of a Payload label or description in English (the contract's language), if it has one. */
export function englishText(value: unknown): string | undefined {
  if (typeof value === 'string') return value || undefined
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const texts = value as Record<string, unknown>
    const text = texts.en ?? Object.values(texts).find((entry) => typeof entry === 'string')
    return typeof text === 'string' && text ? text : undefined
  }
  return undefined
}
