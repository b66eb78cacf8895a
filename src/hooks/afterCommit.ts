import type { PayloadRequest } from 'payload'

type TransactionID = number | string
type Callback = () => unknown
interface Waiter {
  callback: Callback
  /** Also after a rollback (or a failed commit). */
  always: boolean
}

/** Told of every transaction's end, and awaited before the commit's (or rollback's) caller goes on. */
export type TransactionListener = (
  transactionID: TransactionID,
  committed: boolean,
) => Promise<void>

interface Hooked {
  listeners: TransactionListener[]
  waiting: Map<TransactionID, Waiter[]>
}

type Transactions = {
  commitTransaction: (id: unknown) => Promise<void>
  rollbackTransaction: (id: unknown) => Promise<void>
  twinningTransactionEnds?: Hooked
}

const idOf = async (id: unknown) => (id instanceof Promise ? await id : id) as TransactionID

function run(waiters: Waiter[] | undefined, committed: boolean): void {
  for (const { always, callback } of waiters ?? []) {
    if (!committed && !always) continue
    try {
      callback()
    } catch {
      // A callback's failure is its own; the transaction ended either way.
    }
  }
}

/**
 * The one wrapper of the adapter's commit and rollback (made once, on top of whatever wrapped them
 * before): each end of a transaction awaits the listeners (the read cache's invalidations), then
 * starts the callbacks that wait for that transaction (webhook deliveries).
 */
function hooked(db: Transactions): Hooked {
  if (db.twinningTransactionEnds) return db.twinningTransactionEnds
  const waiting = new Map<TransactionID, Waiter[]>()
  const listeners: TransactionListener[] = []
  const ended = async (transactionID: TransactionID, committed: boolean) => {
    for (const listener of listeners) await listener(transactionID, committed)
    run(take(transactionID), committed)
  }
  const take = (id: TransactionID) => {
    const waiters = waiting.get(id)
    waiting.delete(id)
    return waiters
  }
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const transactionID = await idOf(id)
    try {
      await commit(transactionID)
    } catch (error) {
      await ended(transactionID, false)
      throw error
    }
    await ended(transactionID, true)
  }
  db.rollbackTransaction = async (id) => {
    const transactionID = await idOf(id)
    try {
      await rollback(transactionID)
    } finally {
      await ended(transactionID, false)
    }
  }
  db.twinningTransactionEnds = { listeners, waiting }
  return db.twinningTransactionEnds
}

/** Tells `listener` of every end of a transaction on this adapter (once per listener). */
export function onTransactionEnd(db: unknown, listener: TransactionListener): void {
  const transactions = db as Partial<Transactions> | undefined
  if (!transactions?.commitTransaction) return
  const { listeners } = hooked(transactions as Transactions)
  if (!listeners.includes(listener)) listeners.push(listener)
}

/** Prepares a Payload instance's adapter (call at start, before any write waits for a commit). */
export function hookCommits(db: unknown): void {
  const transactions = db as Partial<Transactions> | undefined
  if (transactions?.commitTransaction) hooked(transactions as Transactions)
}

/**
 * Runs `callback` once the request's transaction committed — never if it rolls back, unless
 * `always` (then after either end). Without a transaction (the write is already stored) it runs
 * on the next turn of the event loop. It runs before the commit's caller continues, so it should
 * only start work, not wait for it.
 */
export async function afterCommit(
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  callback: Callback,
  { always = false }: { always?: boolean } = {},
): Promise<void> {
  const transactionID = req.transactionID ? await idOf(req.transactionID) : undefined
  const db = req.payload.db as unknown as Partial<Transactions>
  if (transactionID === undefined || transactionID === null || !db.commitTransaction) {
    setImmediate(callback)
    return
  }
  const { waiting } = hooked(db as Transactions)
  const waiters = waiting.get(transactionID)
  const waiter = { always, callback }
  if (waiters) waiters.push(waiter)
  else waiting.set(transactionID, [waiter])
}
