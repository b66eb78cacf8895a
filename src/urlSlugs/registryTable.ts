import type { PayloadRequest } from 'payload'

import { URL_SLUGS } from './collection.js'

/** One row of the slug registry as the server writes it. */
export interface SlugRow {
  collection: string
  current: boolean
  document: null | string
  locale: string
  slug: string
}

type Insert = {
  values: (rows: SlugRow[]) => {
    onConflictDoNothing: () => {
      returning: (fields: Record<string, unknown>) => Promise<{ id: number | string }[]>
    }
  }
}
type SqlAdapter = {
  drizzle: { insert: (table: unknown) => Insert }
  execute: (args: { db?: unknown; raw: string }) => Promise<unknown>
  name: string
  sessions?: Record<string, { db: unknown } | undefined>
  tableNameMap?: Map<string, string>
  tables?: Record<string, Record<string, unknown> | undefined>
}

/** The request's transaction (or the adapter's connection) and the registry's drizzle table. */
async function sqlOf(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as SqlAdapter
  const table = adapter.tables?.[adapter.tableNameMap?.get(URL_SLUGS.replace(/-/g, '_')) ?? '']
  if (!table) return undefined
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const session = transactionID ? adapter.sessions?.[String(transactionID)]?.db : undefined
  return { adapter, db: (session ?? adapter.drizzle) as SqlAdapter['drizzle'], table }
}

/**
 * PostgreSQL: writers of one collection-locale's slugs take turns for the rest of their
 * transaction, so the second sees the first's slug (committed) before it picks its own. SQLite
 * runs one write transaction at a time anyway. The unique index stays the final guard.
 */
export async function lockSlugSpace(req: PayloadRequest, collection: string, locale: string) {
  const sql = await sqlOf(req)
  if (!sql || sql.adapter.name !== 'postgres' || !req.transactionID) return
  const key = `twinning:slug:${collection}:${locale}`.replace(/'/g, "''")
  await sql.adapter.execute({ db: sql.db, raw: `SELECT pg_advisory_xact_lock(hashtext('${key}'))` })
}

/**
 * Inserts rows whose slug is still free; returns, per row, its new id or undefined where the
 * (collection, locale, slug) was taken — without an error, which on PostgreSQL would abort the
 * whole transaction (`INSERT … ON CONFLICT DO NOTHING`).
 */
export async function insertFree(
  req: PayloadRequest,
  rows: SlugRow[],
): Promise<Array<number | string | undefined>> {
  if (!rows.length) return []
  const sql = await sqlOf(req)
  if (!sql) return insertOneByOne(req, rows)
  const inserted = (await sql.db
    .insert(sql.table)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: sql.table.id, slug: sql.table.slug, locale: sql.table.locale })) as Array<{
    id: number | string
    locale: string
    slug: string
  }>
  const ids = new Map(inserted.map((row) => [`${row.locale}\u0000${row.slug}`, row.id]))
  return rows.map((row) => ids.get(`${row.locale}\u0000${row.slug}`))
}

/** Adapters without drizzle tables (MongoDB): the unique index refuses a taken slug with an error. */
async function insertOneByOne(req: PayloadRequest, rows: SlugRow[]) {
  const ids: Array<number | string | undefined> = []
  for (const row of rows) {
    try {
      const doc = await req.payload.db.create({ collection: URL_SLUGS, data: { ...row }, req })
      ids.push(doc.id as number | string)
    } catch {
      ids.push(undefined)
    }
  }
  return ids
}
