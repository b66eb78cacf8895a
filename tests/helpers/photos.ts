import type { Payload } from 'payload'

import { lexicalFromParagraphs } from '../../src/seed/richText.js'
import { photoWithMetadata, uploadFile } from './photoFixtures.js'

type Id = number | string

/** `<base>-<random>.<extension>`: each upload a file name of its own, so none is renamed. */
export const uniqueFileName = (base: string, extension = 'jpg') =>
  `${base}-${Math.random().toString(36).slice(2, 8)}.${extension}`

/**
 * A photo published in German over the Local API, its file a small JPEG without metadata. `data`
 * holds what the test is about (alt text, credit, rights …); the licence is press only unless set.
 */
export async function createPublishedPhoto(
  payload: Payload,
  data: Record<string, unknown>,
  { background = '#3a6ea5', name = 'photo' }: { background?: string; name?: string } = {},
) {
  const file = await photoWithMetadata({ background, height: 40, width: 60 })
  return payload.create({
    collection: 'photos',
    data: { _status: 'published', licence: 'pressOnly', ...data } as never,
    file: uploadFile(file, uniqueFileName(name)),
    locale: 'de',
  })
}

/** Rich text: a paragraph of `text`, then an upload node showing `photo`. */
export function richTextWithPhoto(photo: Id, text: string) {
  const state = lexicalFromParagraphs([text])
  const upload = {
    type: 'upload',
    fields: null,
    format: '',
    id: `upload-${String(photo)}`,
    relationTo: 'photos',
    value: photo,
    version: 3,
  }
  return { root: { ...state.root, children: [...state.root.children, upload] } }
}

/** The admin's multipart form of a photo write: the fields as `_payload` JSON, and the file. */
export function photoForm(
  fields: Record<string, unknown>,
  file?: { data: Buffer; name: string; type: string },
): FormData {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  if (file)
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  return form
}
