import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { RenderedFile } from './renderRenditions.js'
import { generationOf, isRenditionName, type Renditions } from './renditionSizes.js'

/**
 * Rendition files live in `<staticDir>/renditions/<photo filename>/`: apart from the originals, so
 * Payload's unique-filename check and a new upload can never collide with one.
 */
export function renditionDir(staticDir: string, photoFilename: string): string {
  const root = path.resolve(staticDir, 'renditions')
  const dir = path.resolve(root, photoFilename)
  if (path.dirname(dir) !== root) throw new Error(`not a photo filename: ${photoFilename}`)
  return dir
}

/** The file of a rendition, or undefined for a name that is not one. */
export function renditionPath(staticDir: string, photoFilename: string, name: string) {
  return isRenditionName(name) ? path.join(renditionDir(staticDir, photoFilename), name) : undefined
}

export async function writeRenditionFiles(
  staticDir: string,
  photoFilename: string,
  files: RenderedFile[],
): Promise<void> {
  const dir = renditionDir(staticDir, photoFilename)
  await mkdir(dir, { recursive: true })
  for (const file of files) await writeFile(path.join(dir, file.filename), file.data)
}

/** The generation a `renditions` value points to (all its files share one). */
export function generationOfRenditions(renditions: unknown): string | undefined {
  if (!renditions || typeof renditions !== 'object') return undefined
  for (const formats of Object.values(renditions as Renditions)) {
    for (const entry of Object.values(formats ?? {})) {
      const generation = entry?.filename ? generationOf(entry.filename) : undefined
      if (generation) return generation
    }
  }
  return undefined
}

/** Removes the rendition files of a photo file, except the generations in `keep`. */
export async function pruneRenditionFiles(
  staticDir: string,
  photoFilename: string,
  keep: Set<string>,
): Promise<void> {
  const dir = renditionDir(staticDir, photoFilename)
  const names = await readdir(dir).catch(() => [] as string[])
  const stale = names.filter((name) => !keep.has(generationOf(name) ?? ''))
  if (stale.length === names.length) return rm(dir, { force: true, recursive: true })
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })))
}
