import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

/** A file the documentation page loads: its bytes, type and a strong ETag of its content. */
export interface StaticFile {
  body: Uint8Array
  contentType: string
  etag: string
}

/**
 * The files of `swagger-ui-dist` the page uses, by the name they are served under, with their
 * type. Nothing else of the package is served (no `index.html`, whose initializer loads the
 * petstore example from outside).
 */
const SERVED: Record<string, string> = {
  'favicon-16x16.png': 'image/png',
  'favicon-32x32.png': 'image/png',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-bundle.js.map': 'application/json; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui.css.map': 'application/json; charset=utf-8',
}

interface Package {
  directory: string
  version: string
}

/**
 * The installed `swagger-ui-dist`'s manifest, found by Node's resolution at run time: from this
 * module, else from the working directory (where a bundler has moved this module's code). A
 * bundler that answers a module id instead of a path is not taken at its word.
 */
function manifestPath(): string {
  for (const base of [import.meta.url, path.join(process.cwd(), 'package.json')]) {
    try {
      const found: unknown = createRequire(base).resolve('swagger-ui-dist/package.json')
      if (typeof found === 'string' && path.isAbsolute(found)) return found
    } catch {
      // not resolvable from there: try the next base
    }
  }
  throw new Error('twinning: swagger-ui-dist is not installed; /api/docs needs it.')
}

let located: Promise<Package> | undefined

/** Where `swagger-ui-dist` is installed, and its version. */
export function swaggerUiPackage(): Promise<Package> {
  located ??= (async () => {
    const manifest = manifestPath()
    const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string }
    return { directory: path.dirname(manifest), version }
  })()
  return located
}

const files = new Map<string, Promise<StaticFile>>()

/** One of the served files, read once per process; undefined for any other name. */
export function swaggerUiFile(name: string): Promise<StaticFile> | undefined {
  const contentType = SERVED[name]
  if (!contentType) return undefined
  let file = files.get(name)
  if (!file) {
    file = swaggerUiPackage().then(async ({ directory }) => {
      const body = new Uint8Array(await readFile(path.join(directory, name)))
      return {
        body,
        contentType,
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      }
    })
    // A failed read is not kept: the next request tries again.
    file.catch(() => files.delete(name))
    files.set(name, file)
  }
  return file
}
