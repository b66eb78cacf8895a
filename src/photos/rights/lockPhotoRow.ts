import type { PayloadRequest } from 'payload'

type SqlAdapter = {
  execute: (args: { db?: unknown; raw: string }) => Promise<unknown>
  name: string
  sessions?: Record<string, { db: unknown } | undefined>
  tableNameMap?: Map<string, string>
}

/**
 * Locks one photo's row for the rest of the request's transaction, so that two expiry runs (two
 * app instances, or the job and an editor's write) never both announce the same change: the second
 * waits, then reads the flag the first one wrote. PostgreSQL only, and the same row lock an update
 * of the photo takes (`FOR NO KEY UPDATE`, see publication/lockDocumentForWrite.ts); SQLite runs
 * one write transaction at a time, which is the lock.
 */
export async function lockPhotoRow(
  req: PayloadRequest,
  slug: string,
  id: number | string,
): Promise<void> {
  const adapter = req.payload.db as unknown as SqlAdapter
  if (adapter.name !== 'postgres') return
  const transactionID = await req.transactionID
  const db = transactionID === undefined ? undefined : adapter.sessions?.[String(transactionID)]?.db
  const table = adapter.tableNameMap?.get(slug.replace(/-/g, '_'))
  if (!db || !table) return
  const literal = typeof id === 'number' ? String(id) : `'${String(id).replace(/'/g, "''")}'`
  await adapter.execute({
    db,
    raw: `SELECT id FROM "${table.replace(/"/g, '""')}" WHERE id = ${literal} FOR NO KEY UPDATE`,
  })
}
