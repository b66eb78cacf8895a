export {}

/**
 * `npm run seed`: adds the demo content to the database DATABASE_URI names; safe to run again.
 * `npm run seed -- --news 2000` also adds 2,000 generated releases (an archive for benchmarks).
 */
process.env.SEED_ON_START = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config.js')
const { DEMO_ADMIN, seed } = await import('./seed.js')
const { refreshStatistics } = await import('../setup/refreshStatistics.js')

const flag = process.argv.indexOf('--news')
const archiveSize = flag >= 0 ? Number(process.argv[flag + 1]) : 0
if (!Number.isInteger(archiveSize) || archiveSize < 0) {
  console.error('--news needs a whole number, e.g. npm run seed -- --news 2000')
  process.exit(2)
}

const payload = await getPayload({ config })
const report = await seed(payload, { createAdmin: process.env.NODE_ENV !== 'production' })
console.log(
  `Seeded: ${Object.entries(report.created)
    .map(([key, count]) => `${count} ${key}`)
    .join(', ')} created` +
    (report.admin ? `; admin ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}` : ''),
)
if (archiveSize) {
  const { seedArchive } = await import('./archive.js')
  const archive = await seedArchive(payload, archiveSize, {
    onBatch: (done, ms) =>
      process.env.SEED_PROGRESS === 'true' &&
      console.log(
        `  ${done} / ${archiveSize} releases, ${(ms / 1000).toFixed(1)} s, RSS ${Math.round(process.memoryUsage().rss / 1048576)} MiB`,
      ),
  })
  console.log(
    `Archive: ${archive.created} releases created, ${archive.existing} already there, in ${(archive.milliseconds / 1000).toFixed(1)} s`,
  )
}
await refreshStatistics(payload, { afterBulkWrite: archiveSize > 0 })
// The archive is written past Payload's hooks: running app instances drop their cached reads (over Redis, with REDIS_URL).
const { readCacheOf } = await import('../cache/readCache.js')
const cache = readCacheOf(payload.config)
if (archiveSize && cache) await cache.invalidateAll()
await cache?.close()
await payload.destroy()
process.exit(0)
