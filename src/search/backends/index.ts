import type { Payload } from 'payload'

import type { SearchIndex } from '../types.js'
import { mongoSearchIndex } from './mongodb/mongoSearchIndex.js'
import { postgresSearchIndex } from './postgres/postgresSearchIndex.js'
import { sqliteSearchIndex } from './sqlite/sqliteSearchIndex.js'

/** The search index in the database the site runs on, by Payload's database adapter. */
export function databaseSearchIndex(payload: Payload): SearchIndex {
  switch (payload.db.name) {
    case 'sqlite':
      return sqliteSearchIndex(payload)
    case 'postgres':
      return postgresSearchIndex(payload)
    case 'mongoose':
      return mongoSearchIndex(payload)
    default:
      throw new Error(
        `Twinning's search index supports SQLite, PostgreSQL and MongoDB, not the "${payload.db.name}" adapter: pass a SearchIndex of your own`,
      )
  }
}
