// Says once per run which database the integration tests use, and why MongoDB is not among them.
export default function announceDatabase() {
  const uri = process.env.TEST_DATABASE_URI
  const kind =
    !uri || uri.startsWith('file:') ? 'SQLite (a fresh file per test file)' : uri.split(':')[0]
  console.log(`\nIntegration tests run on ${kind}.`)
  if (!process.env.MONGODB_URI) {
    console.log(
      'MongoDB suite skipped: MONGODB_URI is not set. Run it with TEST_DATABASE_URI=$MONGODB_URI npm test -- tests/int',
    )
  }
}
