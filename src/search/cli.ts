export {}

/**
 * `npm run search -- --rebuild`: empties the search index and fills it again from the database
 * DATABASE_URI names (after a restore, an analyzer upgrade, or writes made past Payload's hooks).
 * Editors may go on publishing meanwhile (their changes win over what the rebuild read before
 * them); searches find only what is indexed so far until it ends.
 */
process.env.SEED_ON_START = 'false'

if (!process.argv.includes('--rebuild')) {
  console.error('Usage: npm run search -- --rebuild')
  process.exit(2)
}

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config.js')
const { rebuildSearchIndex } = await import('./rebuild.js')

const payload = await getPayload({ config })
const report = await rebuildSearchIndex(payload, {
  onBatch: (collection, done) => console.log(`  ${collection}: ${done} documents`),
})
console.log(
  `Search index rebuilt: ${report.documents} documents, ${report.entries} document-locales, in ${(report.milliseconds / 1000).toFixed(1)} s`,
)
await payload.destroy()
process.exit(0)
