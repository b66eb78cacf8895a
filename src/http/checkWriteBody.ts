import type { Payload } from 'payload'

import type { TranslationKey } from '../i18n/resources.js'
import type { GuardContext } from './guardContext.js'
import { refuse } from './refuse.js'

// Payload's routes that create or update documents from the request body.
const WRITES = new Set(['post /', 'patch /', 'patch /:id'])
const DEFAULT_REQUEST_SIZE_LIMIT = 50 * 1024 * 1024

/** Payload's own bound of a multipart body; a larger one is Payload's to refuse (413). */
function requestSizeLimit(payload: Payload): number {
  const { bodyParser, upload } = payload.config as {
    bodyParser?: { requestSizeLimit?: number }
    upload?: { requestSizeLimit?: number }
  }
  return upload?.requestSizeLimit ?? bodyParser?.requestSizeLimit ?? DEFAULT_REQUEST_SIZE_LIMIT
}

/** Refuses `text` unless it is a JSON object, as Payload's `data` must be. */
function checkJsonObject(
  req: GuardContext['req'],
  text: string,
  keys: { malformed: TranslationKey; notObject: TranslationKey },
): void {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    refuse(req, 400, keys.malformed)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    refuse(req, 400, keys.notObject)
}

async function checkMultipart(
  { payload, req, request }: GuardContext,
  contentType: string,
): Promise<void> {
  const limit = requestSizeLimit(payload)
  if (Number(request.headers.get('content-length') ?? 0) > limit) return
  const body = request.clone().body
  if (!body) refuse(req, 400, 'errors.bodyMissing')
  let size = 0
  let tooLarge = false
  const bounded = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength
        if (size <= limit) return controller.enqueue(chunk)
        tooLarge = true
        controller.error(new Error('request size limit'))
      },
    }),
  )
  let form: FormData
  try {
    form = await new Response(bounded, { headers: { 'content-type': contentType } }).formData()
  } catch {
    if (tooLarge) return
    refuse(req, 400, 'errors.multipartInvalid')
  }
  const data = form.get('_payload')
  const key = 'errors.multipartPayload'
  if (typeof data === 'string') checkJsonObject(req, data, { malformed: key, notObject: key })
}

/**
 * The body of a create or update must be what Payload reads: JSON (`application/json`, exactly as
 * Payload compares it) or `multipart/form-data` (the admin's form, uploads). Anything else used to
 * reach the operation without data and fail there with 500; broken JSON or multipart failed in
 * Payload's parser with a 500 or an English "Invalid JSON". Each is now refused before Payload
 * sees the request: nothing is written. The body is read from a clone, so Payload still gets it.
 */
export async function checkWriteBody(context: GuardContext): Promise<void> {
  const { match, req, request } = context
  if (!match || !WRITES.has(`${match.endpoint.method} ${match.endpoint.path}`)) return
  const contentType = request.headers.get('content-type') ?? ''
  const [type = ''] = contentType.split(';', 1)
  if (!request.body) refuse(req, 400, 'errors.bodyMissing')
  if (type === 'application/json') {
    const text = await request.clone().text()
    if (text)
      checkJsonObject(req, text, {
        malformed: 'errors.jsonInvalid',
        notObject: 'errors.jsonNotObject',
      })
    return
  }
  if (type.trim() === 'multipart/form-data') return checkMultipart(context, contentType)
  if (!type.trim()) refuse(req, 415, 'errors.bodyMissing')
  refuse(req, 415, 'errors.bodyMediaType', { type: type.trim() })
}
