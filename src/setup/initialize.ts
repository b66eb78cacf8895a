import type { Payload } from 'payload'

import { seedIfEmpty } from '../seed/seed.js'
import type { Environment } from './environment.js'
import { refreshStatistics } from './refreshStatistics.js'

type MigratingAdapter = {
  migrate?: (args: { migrations: unknown[] }) => Promise<void>
  prodMigrations?: unknown[]
}

/**
 * The ready setup's start: bring the schema up to date with the committed migrations (production
 * does this in the adapter's connect already), seed the demo on an empty database, and refresh the
 * planner's statistics.
 */
export async function initialize(payload: Payload, env: Environment): Promise<void> {
  const db = payload.db as unknown as MigratingAdapter
  if (!env.production && db.prodMigrations?.length && process.env.DATABASE_PUSH !== 'true') {
    await db.migrate!({ migrations: db.prodMigrations })
  }
  if (env.seedOnStart) await seedIfEmpty(payload, { createAdmin: !env.production })
  await refreshStatistics(payload)
}
