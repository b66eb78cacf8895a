import { createHash } from 'node:crypto'

import type { StaticFile } from './swaggerUiFiles.js'

/**
 * The page at `/api/docs`: Swagger UI, every file from this app, nothing from anywhere else. The
 * script that starts Swagger UI is a file too (no inline script), so the page's Content-Security-
 * Policy can allow scripts from this origin only. Swagger UI sets inline styles, hence
 * `style-src 'unsafe-inline'`; it shows small SVG icons as `data:` images.
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Headers of the page and of its files. */
export const DOCS_HEADERS = {
  'Content-Security-Policy': DOCS_CSP,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
}

/** Name of the page's own start script among the served files. */
export const INIT_SCRIPT_NAME = 'twinning-docs.js'

// The document's address comes from the page (`data-openapi`), so the script is the same for every installation.
const INIT_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: document.body.getAttribute('data-openapi'),
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    validatorUrl: null,
  })
})
`

const INIT_HASH = createHash('sha256').update(INIT_SCRIPT).digest('base64url').slice(0, 27)

export const initScript: StaticFile = {
  body: new TextEncoder().encode(INIT_SCRIPT),
  contentType: 'text/javascript; charset=utf-8',
  etag: `"${INIT_HASH}"`,
}

/** The `?v=` a file's URL carries on the page: it changes whenever the file does. */
export const fileVersion = (name: string, swaggerUiVersion: string): string =>
  name === INIT_SCRIPT_NAME ? INIT_HASH : swaggerUiVersion

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

export interface DocsPageInput {
  /** The API route, e.g. `/api`. */
  api: string
  title: string
  /** The installed `swagger-ui-dist` version, in the files' `?v=` (a new version is fetched anew). */
  swaggerUiVersion: string
}

/** The HTML of the page: Swagger UI's own layout, the document loaded from this app. */
export function docsPage({ api, swaggerUiVersion, title }: DocsPageInput): string {
  const file = (name: string) =>
    escapeHtml(`${api}/docs/${name}?v=${encodeURIComponent(fileVersion(name, swaggerUiVersion))}`)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" type="image/png" sizes="32x32" href="${file('favicon-32x32.png')}">
<link rel="icon" type="image/png" sizes="16x16" href="${file('favicon-16x16.png')}">
<link rel="stylesheet" href="${file('swagger-ui.css')}">
</head>
<body data-openapi="${escapeHtml(`${api}/openapi.json`)}">
<div id="swagger-ui"></div>
<script src="${file('swagger-ui-bundle.js')}"></script>
<script src="${file(INIT_SCRIPT_NAME)}"></script>
</body>
</html>
`
}
