import type { Endpoint, PayloadRequest } from 'payload'

import { refuse } from '../http/refuse.js'
import { DOCS_HEADERS, docsPage, fileVersion, INIT_SCRIPT_NAME, initScript } from './docsPage.js'
import { openapiDocumentOf } from './openapiDocument.js'
import { type StaticFile, swaggerUiFile, swaggerUiPackage } from './swaggerUiFiles.js'

const ONE_YEAR = 365 * 24 * 60 * 60

/** Whether the request's `If-None-Match` names this ETag. */
const matches = (req: PayloadRequest, etag: string): boolean =>
  (req.headers.get('if-none-match') ?? '')
    .split(',')
    .some((candidate) => candidate.trim().replace(/^W\//, '') === etag)

/** A body with its ETag, or 304 when the client has it already. */
function withETag(
  req: PayloadRequest,
  body: BodyInit,
  etag: string,
  headers: Record<string, string>,
): Response {
  const all = { ...headers, ETag: etag }
  return matches(req, etag)
    ? new Response(null, { headers: all, status: 304 })
    : new Response(body, { headers: all, status: 200 })
}

/** `GET /api/openapi.json`: the contract, generated from this installation's config once. */
const openapiJson: Endpoint = {
  method: 'get',
  path: '/openapi.json',
  handler: async (req) => {
    const { etag, json } = await openapiDocumentOf(req.payload)
    return withETag(req, json, etag, {
      'Cache-Control': 'no-cache',
      'Content-Type': 'application/json; charset=utf-8',
    })
  },
}

/** `GET /api/docs`: Swagger UI on the contract. */
const docs: Endpoint = {
  method: 'get',
  path: '/docs',
  handler: async (req) => {
    const [{ document }, { version }] = await Promise.all([
      openapiDocumentOf(req.payload),
      swaggerUiPackage(),
    ])
    const title = String((document.info as { title?: unknown } | undefined)?.title ?? 'API')
    const html = docsPage({ api: req.payload.config.routes.api, swaggerUiVersion: version, title })
    return new Response(html, {
      headers: {
        ...DOCS_HEADERS,
        'Cache-Control': 'no-cache',
        'Content-Type': 'text/html; charset=utf-8',
      },
    })
  },
}

/**
 * `GET /api/docs/:file`: the page's files. Under the `?v=` the page links them with they never
 * change, so browsers keep them; otherwise they are revalidated within an hour.
 */
const docsFile: Endpoint = {
  method: 'get',
  path: '/docs/:file',
  handler: async (req) => {
    const name = String(req.routeParams?.file ?? '')
    const pending: Promise<StaticFile> | undefined =
      name === INIT_SCRIPT_NAME ? Promise.resolve(initScript) : swaggerUiFile(name)
    if (!pending) return refuse(req, 404, 'errors.fileNotFound', { filename: name.slice(0, 80) })
    const [file, { version }] = await Promise.all([pending, swaggerUiPackage()])
    const pinned = req.searchParams.get('v') === fileVersion(name, version)
    return withETag(req, file.body as Uint8Array<ArrayBuffer>, file.etag, {
      ...DOCS_HEADERS,
      'Cache-Control': pinned ? `public, max-age=${ONE_YEAR}, immutable` : 'public, max-age=3600',
      'Content-Type': file.contentType,
    })
  },
}

/** The contract and its documentation page, registered by the partner API (src/partners/index.ts). */
export const openapiEndpoints: Endpoint[] = [openapiJson, docs, docsFile]
