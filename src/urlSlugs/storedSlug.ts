import type { PayloadRequest } from 'payload'

type SqlAdapter = {
  drizzle: unknown
  execute: (args: { db?: unknown; raw: string }) => Promise<unknown>
  sessions?: Record<string, { db: unknown } | undefined>
  tableNameMap?: Map<string, string>
}

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`

/**
 * Writes a slug into a stored document in one locale — its own row and every saved version — past
 * Payload's update, which would save a new draft (and leave the published document alone). Used by
 * the rebuild command, which changes slugs only. SQL adapters only.
 */
export async function writeStoredSlug(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  locale: string,
  slug: string,
): Promise<void> {
  const adapter = req.payload.db as unknown as SqlAdapter
  const table = adapter.tableNameMap?.get(collection.replace(/-/g, '_'))
  if (!table)
    throw new Error(`twinning: the slug rebuild needs a SQL database (no table for ${collection})`)
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const db = transactionID ? adapter.sessions?.[String(transactionID)]?.db : undefined
  const parent = typeof id === 'number' ? String(id) : quote(id)
  const run = (raw: string) => adapter.execute({ db: db ?? adapter.drizzle, raw })
  await run(
    `UPDATE "${table}_locales" SET "slug" = ${quote(slug)} WHERE "_parent_id" = ${parent} AND "_locale" = ${quote(locale)}`,
  )
  await run(
    `UPDATE "_${table}_v_locales" SET "version_slug" = ${quote(slug)} WHERE "_locale" = ${quote(locale)} AND "_parent_id" IN (SELECT "id" FROM "_${table}_v" WHERE "parent_id" = ${parent})`,
  )
}
