import { StartupError } from './StartupError.js'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

const SCHEMES: Record<string, DatabaseKind> = {
  'file:': 'sqlite',
  'mongodb+srv:': 'mongodb',
  'mongodb:': 'mongodb',
  'postgres:': 'postgres',
  'postgresql:': 'postgres',
}

/** Which adapter a `DATABASE_URI` needs, judged by its scheme alone. */
export function databaseKind(uri: string): DatabaseKind {
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(uri)?.[0].toLowerCase()
  const kind = scheme ? SCHEMES[scheme] : undefined
  if (!kind) {
    throw new StartupError(
      `twinning: DATABASE_URI scheme "${scheme ?? uri}" is not supported; use file: (SQLite), postgres:// or postgresql:// (PostgreSQL), mongodb:// or mongodb+srv:// (MongoDB).`,
    )
  }
  return kind
}
