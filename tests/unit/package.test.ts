import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'

const ROOT = path.resolve(import.meta.dirname, '../..')
const run = (args: string[], cwd = ROOT) =>
  spawnSync(args[0]!, args.slice(1), { cwd, encoding: 'utf8', timeout: 120_000 })

// Builds dist/ as `npm pack` would (the `prepare` script), then uses it the way another project does.
beforeAll(() => {
  const build = run([
    process.execPath,
    'node_modules/typescript/bin/tsc',
    '-p',
    'tsconfig.build.json',
  ])
  if (build.status !== 0) throw new Error(`plugin build failed: ${build.stdout}${build.stderr}`)
}, 120_000)

describe('the package', () => {
  it("lets plain Node import { twinning } from 'twinning' through the exports map", () => {
    const script = `
      const { twinning, TWINNING_LOCALES } = await import('twinning')
      const config = twinning()({ collections: [], secret: 'x' })
      console.log(JSON.stringify({ locales: TWINNING_LOCALES, slugs: config.collections.map((c) => c.slug) }))`
    const result = run([process.execPath, '--input-type=module', '-e', script])
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({
      locales: ['de', 'en', 'zh', 'ko', 'ja'],
      slugs: [
        'users',
        'news',
        'partner-cities',
        'photos',
        'events',
        'publication-log',
        'url-slugs',
        'api-clients',
        'webhook-deliveries',
      ],
    })
  })

  it('gives TypeScript projects its types', () => {
    const result = run(
      [process.execPath, path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
      path.join(ROOT, 'tests/fixtures/consumer'),
    )
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
