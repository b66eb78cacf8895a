import {
  appendVersionToQueryKey,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
  type Where,
} from 'payload'

/**
 * Writes to one document never overwrite each other. Payload's update reads the document with all
 * its locales and saves a snapshot of all of them, so two writes of different locales at once — two
 * translators, two tabs, a scheduled publish, an XLIFF import — would each save back the other
 * locale as it was before: the last one wins and the other's text or publication is gone.
 *
 * So each update, delete or version restore first locks the document for the rest of its
 * transaction. Payload opens that transaction before the `beforeOperation` hooks and reads the
 * document after them: a second writer waits here until the first has committed, then reads what
 * the first one wrote.
 *
 * - PostgreSQL: `SELECT … FOR NO KEY UPDATE` on the document's row, in the write's own transaction
 *   (the strength an UPDATE of the row takes itself; it does not hold up inserts that only refer to
 *   the document). A bulk update or delete locks every document its `where` matches, in id order.
 * - SQLite: nothing to do here. Every write runs in a `BEGIN IMMEDIATE` transaction, one at a time
 *   (`setup/sqliteWriteQueue.ts`), begun before these hooks: the transaction is the lock.
 * - MongoDB: nothing either. Without a replica set Payload's adapter writes without transactions,
 *   so no lock could last from the read to the write. On a replica set, transactions are snapshots:
 *   a second writer of the same document fails with a (retryable) write conflict rather than
 *   waiting — to make every such pair collide, a lock would have to be a write to the document
 *   through the transaction's session (an `$inc` of a lock counter) at this point.
 */
export const lockDocumentForWrite: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.payload.db.name !== 'postgres') return args
  if (operation !== 'update' && operation !== 'delete' && operation !== 'restoreVersion')
    return args
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transactionID = await req.transactionID
  const db = transactionID === undefined ? undefined : adapter.sessions[String(transactionID)]?.db
  if (!db) return args // no transaction (disableTransaction): nothing to hold a lock in
  const { id, where } = args as { id?: number | string; where?: Where }
  const slug = collection.slug as CollectionSlug

  let ids: Array<number | string>
  if (operation === 'restoreVersion') ids = await parentOfVersion(req, slug, id)
  else if (id !== undefined) ids = [id]
  else ids = where ? await matching(req, slug, where, operation === 'update') : []
  const lockable = ids.flatMap((value) => lockableId(req, slug, value) ?? [])
  if (!lockable.length) return args

  const table = adapter.tables[adapter.tableNameMap.get(snakeCase(collection.slug)) ?? '']
  if (!table) throw new Error(`twinning: no table found for "${collection.slug}" to lock`)
  await db
    .select({ id: table.id })
    .from(table)
    .where(adapter.operators.in(table.id, [...new Set(lockable)]))
    .orderBy(table.id)
    .for('no key update')
  return args
}

type PostgresAdapter = {
  idType: 'serial' | 'uuid' | 'uuidv7'
  operators: { in: (column: unknown, values: unknown[]) => unknown }
  sessions: Record<string, { db: LockingDb } | undefined>
  tableNameMap: Map<string, string>
  tables: Record<string, { id: unknown } | undefined>
}
type LockingDb = {
  select: (fields: Record<string, unknown>) => {
    from: (table: unknown) => {
      where: (condition: unknown) => {
        orderBy: (column: unknown) => { for: (strength: 'no key update') => Promise<unknown[]> }
      }
    }
  }
}

// How @payloadcms/drizzle names a collection's table (to-snake-case).
const snakeCase = (slug: string) =>
  slug
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/[\W_]+/g, '_')
    .replace(/^_|_$/g, '')
    .toLowerCase()

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i

/**
 * The id as its column takes it, or nothing for an id that cannot exist (Payload answers those
 * itself): a malformed id in the lock's SQL would abort the write's whole transaction.
 */
function lockableId(
  req: PayloadRequest,
  slug: CollectionSlug,
  id: unknown,
): number | string | undefined {
  const custom = req.payload.collections[slug]?.customIDType
  if ((custom ?? req.payload.db.defaultIDType) === 'number') {
    const value = typeof id === 'string' && id.trim() !== '' ? Number(id) : id
    if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
    return custom || (Number.isSafeInteger(value) && Math.abs(value) <= 2 ** 31 - 1)
      ? value
      : undefined
  }
  if (typeof id !== 'string' && typeof id !== 'number') return undefined
  const uuid = !custom && (req.payload.db as unknown as PostgresAdapter).idType?.startsWith('uuid')
  return uuid && !UUID.test(String(id)) ? undefined : String(id)
}

/**
 * The documents a bulk write may touch, read outside its transaction (an invalid `where` must not
 * abort it; Payload refuses that query itself). A superset: Payload narrows it by access, and a
 * bulk update of drafts selects by their latest version.
 */
async function matching(
  req: PayloadRequest,
  slug: CollectionSlug,
  where: Where,
  drafts: boolean,
): Promise<Array<number | string>> {
  const query = { collection: slug, limit: 0, locale: req.locale ?? undefined, pagination: false }
  try {
    const { docs } = await req.payload.db.find({ ...query, where })
    const ids = docs.map((doc) => doc.id as number | string)
    if (!drafts || !req.payload.collections[slug]?.config.versions?.drafts) return ids
    const latest = await req.payload.db.queryDrafts({
      ...query,
      where: appendVersionToQueryKey(where),
    })
    return [...ids, ...latest.docs.map((doc) => doc.id as number | string)]
  } catch {
    return []
  }
}

async function parentOfVersion(
  req: PayloadRequest,
  slug: CollectionSlug,
  id: number | string | undefined,
): Promise<Array<number | string>> {
  if (id === undefined || lockableId(req, slug, id) === undefined) return []
  try {
    const { docs } = await req.payload.db.findVersions({
      collection: slug,
      limit: 1,
      pagination: false,
      where: { id: { equals: id } },
    })
    const parent = docs[0]?.parent as number | string | { id: number | string } | undefined
    return parent === undefined ? [] : [typeof parent === 'object' ? parent.id : parent]
  } catch {
    return []
  }
}
