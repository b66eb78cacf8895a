export {}

/**
 * `npm run slugs -- --rebuild [--force]`: fills the slugs of existing documents in every locale
 * (see rebuild.ts) in the database DATABASE_URI names, and prints what it did.
 */
process.env.SEED_ON_START = 'false'

if (!process.argv.includes('--rebuild')) {
  console.error('Usage: npm run slugs -- --rebuild [--force]')
  process.exit(2)
}
const force = process.argv.includes('--force')
const verbose = process.argv.includes('--verbose')

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config.js')
const { rebuildSlugs } = await import('./rebuild.js')
const { readCacheOf } = await import('../cache/readCache.js')

const payload = await getPayload({ config })
const report = await rebuildSlugs(payload, { force, log: verbose ? console.log : undefined })
for (const [collection, counts] of Object.entries(report)) {
  console.log(
    `${collection}: ${counts.filled} filled, ${counts.changed} changed, ${counts.kept} published kept, ${counts.unchanged} unchanged`,
  )
}
// Slugs were written past Payload's hooks: running app instances drop their cached reads.
const cache = readCacheOf(payload.config)
if (cache) await cache.invalidateAll()
await cache?.close()
await payload.destroy()
process.exit(0)
