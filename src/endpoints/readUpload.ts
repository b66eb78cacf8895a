import type { PayloadRequest } from 'payload'

import { XliffError } from '../xliff/read.js'

const XML_TYPES = [
  'application/xliff+xml',
  'application/x-xliff+xml',
  'application/xml',
  'text/xml',
  'application/octet-stream',
]

/** The request body, refused with 413 as soon as it passes `maxBytes` (before it is all read). */
async function readBody(req: PayloadRequest, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? '0')
  if (declared > maxBytes)
    throw new XliffError(413, 'errors.fileTooLarge', { max: String(maxBytes) })
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = (req.body as ReadableStream<Uint8Array> | null | undefined)?.getReader()
  if (!reader) return new Uint8Array()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new XliffError(413, 'errors.fileTooLarge', { max: String(maxBytes) })
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/**
 * The uploaded file's bytes: the body itself (`application/xliff+xml` and other XML types) or the
 * multipart field `file`. Multipart bodies may carry a little more than the file for their headers.
 */
export async function readUpload(req: PayloadRequest, maxBytes: number): Promise<Uint8Array> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'multipart/form-data') {
    const body = await readBody(req, maxBytes + 64 * 1024)
    let form: FormData
    try {
      form = await new Response(body as Uint8Array<ArrayBuffer>, {
        headers: { 'content-type': req.headers.get('content-type')! },
      }).formData()
    } catch {
      throw new XliffError(400, 'errors.multipartInvalid')
    }
    const file = form.get('file')
    if (!file || typeof file === 'string') throw new XliffError(400, 'errors.xliffNoFile')
    if (file.size > maxBytes)
      throw new XliffError(413, 'errors.fileTooLarge', { max: String(maxBytes) })
    return new Uint8Array(await file.arrayBuffer())
  }
  if (type && !XML_TYPES.includes(type))
    throw new XliffError(415, 'errors.xliffMediaType', { type })
  const body = await readBody(req, maxBytes)
  if (!body.byteLength) throw new XliffError(400, 'errors.xliffNoFile')
  return body
}
