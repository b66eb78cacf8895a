export {}

/**
 * `npm run seed`: adds the demo content to the database DATABASE_URI names; safe to run again.
 */
process.env.SEED_ON_START = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config.js')
const { DEMO_ADMIN, seed } = await import('./seed.js')
const { refreshStatistics } = await import('../setup/refreshStatistics.js')

const payload = await getPayload({ config })
const report = await seed(payload, { createAdmin: process.env.NODE_ENV !== 'production' })
console.log(
  `Seeded: ${Object.entries(report.created).map(([key, count]) => `${count} ${key}`).join(', ')} created` +
    (report.admin ? `; admin ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}` : ''),
)
await refreshStatistics(payload)
await payload.destroy()
process.exit(0)
