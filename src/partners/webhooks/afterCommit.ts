import type { PayloadRequest } from 'payload'

type TransactionID = number | string
type Callback = () => unknown

type Transactions = {
  commitTransaction: (id: unknown) => Promise<void>
  rollbackTransaction: (id: unknown) => Promise<void>
  twinningAfterCommit?: Map<TransactionID, Callback[]>
}

const idOf = async (id: unknown) => (id instanceof Promise ? await id : id) as TransactionID

/**
 * Lets callbacks wait for a transaction's commit: the adapter's commit and rollback are wrapped
 * once (on top of whatever wrapped them before, as the read cache's `invalidateAfterCommit`
 * does), and each commit runs what waits for it; a rollback drops it.
 */
function hooked(db: Transactions): Map<TransactionID, Callback[]> {
  if (db.twinningAfterCommit) return db.twinningAfterCommit
  const waiting = new Map<TransactionID, Callback[]>()
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const transactionID = await idOf(id)
    try {
      await commit(transactionID)
    } catch (error) {
      waiting.delete(transactionID)
      throw error
    }
    const callbacks = waiting.get(transactionID)
    waiting.delete(transactionID)
    for (const callback of callbacks ?? []) {
      try {
        callback()
      } catch {
        // A callback's failure is its own; the commit happened.
      }
    }
  }
  db.rollbackTransaction = async (id) => {
    const transactionID = await idOf(id)
    waiting.delete(transactionID)
    await rollback(transactionID)
  }
  db.twinningAfterCommit = waiting
  return waiting
}

/** Prepares a Payload instance's adapter (call at start, before any write waits for a commit). */
export function hookCommits(db: unknown): void {
  const transactions = db as Partial<Transactions> | undefined
  if (transactions?.commitTransaction) hooked(transactions as Transactions)
}

/**
 * Runs `callback` once the request's transaction committed — never if it rolls back. Without a
 * transaction (the write is already stored) it runs on the next turn of the event loop. The
 * callback must not throw; it runs before the commit's caller continues, so it should only start
 * work, not wait for it.
 */
export async function afterCommit(
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  callback: Callback,
): Promise<void> {
  const transactionID = req.transactionID ? await idOf(req.transactionID) : undefined
  const db = req.payload.db as unknown as Partial<Transactions>
  if (transactionID === undefined || transactionID === null || !db.commitTransaction) {
    setImmediate(callback)
    return
  }
  const waiting = hooked(db as Transactions)
  const callbacks = waiting.get(transactionID)
  if (callbacks) callbacks.push(callback)
  else waiting.set(transactionID, [callback])
}
