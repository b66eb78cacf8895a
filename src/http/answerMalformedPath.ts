import type { IncomingMessage, ServerResponse } from 'node:http'

import { translate } from '../i18n/label.js'
import { apiPath } from './apiPath.js'
import { requestLanguage } from './requestLanguage.js'

/**
 * For the Node front server (src/server.ts): answers an API path with a malformed %-escape
 * (`/api/news/%E0%A4%A`) with the 400 that `guardRequest` gives it in the REST route. Next cannot
 * route such a path and answers a plain-text 500 before any of Twinning's code runs. Returns
 * true when it answered.
 */
export function answerMalformedPath(
  req: IncomingMessage,
  res: ServerResponse,
  apiRoute = '/api',
): boolean {
  const path = apiPath(req.url ?? '/', apiRoute)
  if (path.kind !== 'malformed') return false
  const header = (name: string) => {
    const value = req.headers[name]
    return Array.isArray(value) ? value.join(', ') : value
  }
  const data = { segment: path.segment }
  const message = translate(requestLanguage(header), 'errors.malformedPath', data)
  // Payload's error shape, named like the Refusal that guardRequest answers with.
  const body = JSON.stringify({ errors: [{ name: 'Refusal', data, message }] })
  res.writeHead(400, {
    'Content-Length': Buffer.byteLength(body),
    'Content-Type': 'application/json',
  })
  res.end(req.method === 'HEAD' ? undefined : body)
  return true
}
