import type { Payload, PayloadRequest } from 'payload'

/** The part of drizzle's `sql` tag we use (SQLite and PostgreSQL adapters each bring their copy). */
export interface SqlTag {
  (strings: TemplateStringsArray, ...values: unknown[]): unknown
  join: (chunks: unknown[]) => unknown
  raw: (text: string) => unknown
}

/** A drizzle database or transaction of Payload's SQL adapters. */
export interface DrizzleDb {
  all?: (query: unknown) => Promise<unknown[]>
  execute?: (query: unknown) => Promise<{ rows: unknown[] }>
  run?: (query: unknown) => Promise<unknown>
}

interface SqlAdapter {
  beginTransaction: () => Promise<null | number | string>
  commitTransaction: (id: number | string) => Promise<void>
  drizzle: DrizzleDb
  rollbackTransaction: (id: number | string) => Promise<void>
  sessions?: Record<string, { db: DrizzleDb }>
}

/** Drizzle SQL from text with `?` placeholders, each bound to the next argument. */
export function toDrizzleSql(sql: SqlTag, text: string, args: readonly unknown[] = []): unknown {
  const parts = text.split('?')
  if (parts.length !== args.length + 1)
    throw new Error(`${parts.length - 1} placeholders for ${args.length} arguments: ${text}`)
  const chunks: unknown[] = []
  parts.forEach((part, i) => {
    chunks.push(sql.raw(part))
    if (i < args.length) chunks.push(sql`${args[i]}`)
  })
  return sql.join(chunks)
}

/**
 * Runs `work` on the write's own transaction when the request has one, so the index commits or rolls
 * back with it; otherwise (bulk writes, rebuild) in a transaction of its own from the adapter — on
 * SQLite that takes the writer's turn like every other write (src/setup/serializeSqliteWrites.ts).
 * Without transactions (an in-memory SQLite database) it runs on the adapter's connection.
 */
export async function inWriteTransaction<T>(
  payload: Payload,
  req: PayloadRequest | undefined,
  work: (db: DrizzleDb) => Promise<T>,
): Promise<T> {
  const adapter = payload.db as unknown as SqlAdapter
  const requestTransaction = req?.transactionID ? await req.transactionID : undefined
  const joined = requestTransaction ? adapter.sessions?.[String(requestTransaction)]?.db : undefined
  if (joined) return work(joined)
  const own = await adapter.beginTransaction()
  const session = own ? adapter.sessions?.[String(own)]?.db : undefined
  try {
    const result = await work(session ?? adapter.drizzle)
    if (own) await adapter.commitTransaction(own)
    return result
  } catch (error) {
    if (own) await adapter.rollbackTransaction(own)
    throw error
  }
}
