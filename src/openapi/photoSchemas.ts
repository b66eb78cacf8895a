import type { FlattenedField } from 'payload'

import {
  MIME_TYPES,
  type RenditionEntry,
  type RenditionFormat,
  RENDITION_SIZES,
  SIZE_NAMES,
} from '../photos/pipeline/renditionSizes.js'
import { UNAVAILABLE_REASONS, type UnavailablePhoto } from '../photos/rights/placeholder.js'
import type { FieldSchemaContext } from './fieldSchemas.js'
import { closedObject, type JsonSchema, nullable } from './jsonSchema.js'

/**
 * What the photo features add to the photos collection whose shape the field config does not
 * state: the `renditions` JSON, the virtual `creditLine`, which follows the requested language
 * without being a localized field, and what `url` points the public to. The rest of a photo is
 * generated from its fields like any collection's.
 */

const FORMATS = Object.keys(MIME_TYPES) as RenditionFormat[]

const RENDITION_ENTRY = closedObject({
  filename: { type: 'string' },
  filesize: { type: 'integer', minimum: 0 },
  height: { type: 'integer', minimum: 1 },
  mimeType: { type: 'string', enum: FORMATS.map((format) => MIME_TYPES[format]) },
  url: {
    type: 'string',
    description: "The rendition's address: the photo's file route with `?rendition=`.",
  },
  width: { type: 'integer', minimum: 1 },
} satisfies Record<keyof RenditionEntry, JsonSchema>)

const sizeList = SIZE_NAMES.map(
  (size) => `${size} (${RENDITION_SIZES[size].width}×${RENDITION_SIZES[size].height})`,
).join(', ')

/** `renditions`: size → format → file, cropped around the focal point and never enlarged. */
const RENDITIONS: JsonSchema = nullable({
  type: 'object',
  description: `Encoded sizes of the photo: ${sizeList}, each in WebP, AVIF and JPEG or PNG (the variant for \`<img src>\`). Sizes are at most these dimensions: a smaller original is not enlarged.`,
  propertyNames: { enum: SIZE_NAMES },
  additionalProperties: {
    type: 'object',
    propertyNames: { enum: FORMATS },
    additionalProperties: RENDITION_ENTRY,
  },
})

/** The photos collection's fields whose schema is stated here rather than generated. */
export function photoFieldSchema(
  field: FlattenedField,
  context: FieldSchemaContext,
): JsonSchema | undefined {
  if (field.name === 'renditions' && field.type === 'json') return RENDITIONS
  if (field.name === 'url' && field.type === 'text')
    return {
      ...nullable({ type: 'string' }),
      description:
        'The hero rendition (JPEG or PNG): the stored original keeps its embedded metadata and is for newsroom staff only.',
    }
  if (field.name === 'creditLine' && field.type === 'text') {
    const line = nullable({ type: 'string' })
    const description =
      'The credit in the requested language ("Foto: …", "摄影：…"), also when the texts come from a fallback; with locale=all, one line per configured locale.'
    return context.mode === 'one'
      ? { ...line, description }
      : {
          type: 'object',
          description,
          properties: Object.fromEntries(context.locales.map((code) => [code, line])),
          required: context.locales,
          additionalProperties: false,
        }
  }
  return undefined
}

/**
 * What the public gets in place of a related photo it may no longer see (rights expired). The
 * projection adds its `_locale` note as to any public document; nothing of it is served, so
 * `served` is empty.
 */
export const unavailablePhotoSchema = (id: JsonSchema, locales: string[]): JsonSchema =>
  closedObject(
    {
      id,
      reason: { type: 'string', enum: [...UNAVAILABLE_REASONS] },
      unavailable: { const: true },
      _locale: closedObject({
        requested: { type: 'string', enum: [...locales, 'all'] },
        served: { type: 'array', maxItems: 0 },
      }),
    } satisfies Record<keyof UnavailablePhoto | '_locale', JsonSchema>,
    undefined,
    {
      description:
        'A related photo the public may no longer see (its rights expired): its id and the reason, nothing of the image.',
    },
  )
