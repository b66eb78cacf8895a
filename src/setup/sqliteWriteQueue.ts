import path from 'node:path'

export interface WriteQueue {
  /** Waits for this database's write turn; the returned function ends it (once, however often called). */
  acquire: () => Promise<() => void>
  /** Runs `work` in a write turn of its own. */
  run: <T>(work: () => Promise<T>) => Promise<T>
}

/**
 * One writer at a time per SQLite database in this process, waiting without blocking. libsql's
 * local driver is synchronous: a second `BEGIN IMMEDIATE` (or any write) while another transaction
 * of this process holds the write lock spins in SQLite's busy handler on the event loop, so the
 * holder can never go on to commit and the waiter fails after the busy timeout. Queued here, the
 * waiter yields the event loop instead. Writers in other processes (`npm run seed`, a jobs worker)
 * still meet SQLite's busy timeout.
 *
 * The wait is bounded: a transaction that is never ended (a bug) makes the writes after it fail
 * with an error that says so instead of hanging the app.
 */
export function writeQueueFor(database: string, { timeoutMs = 30_000 } = {}): WriteQueue {
  const key = path.resolve(database)
  let queue = queues.get(key)
  if (!queue) queues.set(key, (queue = createWriteQueue(key, timeoutMs)))
  return queue
}

// Keyed by file: two Payload instances of one process on the same database share their turns.
const queues = new Map<string, WriteQueue>()

function createWriteQueue(database: string, timeoutMs: number): WriteQueue {
  let held = false
  const waiting: Array<() => void> = []
  const next = () => {
    const grant = waiting.shift()
    if (grant) grant()
    else held = false
  }
  const turn = () => {
    let ended = false
    return () => {
      if (ended) return
      ended = true
      next()
    }
  }

  const acquire = () =>
    new Promise<() => void>((resolve, reject) => {
      if (!held) {
        held = true
        resolve(turn())
        return
      }
      const grant = () => {
        clearTimeout(timer)
        resolve(turn())
      }
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(grant), 1)
        reject(
          new Error(
            `SQLite: waited ${timeoutMs / 1000} s for this process's other writes to ${database} to end`,
          ),
        )
      }, timeoutMs)
      timer.unref?.()
      waiting.push(grant)
    })

  return {
    acquire,
    run: async (work) => {
      const end = await acquire()
      try {
        return await work()
      } finally {
        end()
      }
    },
  }
}
