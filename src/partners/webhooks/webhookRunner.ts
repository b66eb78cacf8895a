import type { Payload, Where } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { hookCommits } from '../../hooks/afterCommit.js'
import { queueDelivery, WEBHOOK_QUEUE } from './queueDelivery.js'

const JOBS = 'payload-jobs'
/** Looks at the queue at least this often: jobs queued by other instances, retries, leftovers. */
const POLL_MS = 30_000
/** Open deliveries re-queued per sweep when their job went missing. */
const ORPHANS_PER_SWEEP = 100

type Row = Record<string, unknown>

/**
 * Runs the webhook queue inside this process: at once after a commit that queued deliveries
 * (`kick`), at the next job's `waitUntil` (retries, waiting deliveries), and every POLL_MS. One
 * drain at a time per instance; within it at most `concurrency` jobs run, each started as soon as
 * a slot frees, so one slow receiver does not hold up the others.
 */
export class WebhookRunner {
  private readonly inFlight = new Map<number | string, Promise<void>>()
  private again = false
  private draining?: Promise<void>
  private lastSweep = 0
  private stopped = false
  private timer?: NodeJS.Timeout
  private wake?: () => void

  constructor(private readonly payload: Payload) {}

  /** Read at each use: tests change them on a running instance. */
  private get options() {
    const options = this.payload.config.custom[TWINNING] as ResolvedOptions
    return options.partners ? { ...options, partners: options.partners } : undefined
  }

  /** Runs what is due now; returns at once. */
  kick(): void {
    if (this.stopped) return
    if (this.draining) {
      this.again = true
      this.wake?.()
      return
    }
    clearTimeout(this.timer)
    this.draining = this.drain()
      .catch((error: Error) =>
        this.payload.logger.error(`twinning webhooks: the queue did not run: ${error.message}`),
      )
      .finally(() => {
        this.draining = undefined
        if (this.again) this.kick()
        else this.scheduleNext()
      })
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    this.wake?.()
    await this.draining
    await Promise.all(this.inFlight.values())
  }

  private async drain(): Promise<void> {
    if (Date.now() - this.lastSweep >= POLL_MS) await this.sweep()
    for (;;) {
      this.again = false
      if (!this.stopped) await this.fill()
      if (!this.inFlight.size) {
        if (this.again && !this.stopped) continue
        return
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve
        for (const job of this.inFlight.values()) void job.then(resolve)
      })
      this.wake = undefined
    }
  }

  private dueWhere(now: Date): Where {
    return {
      and: [
        { queue: { equals: WEBHOOK_QUEUE } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { equals: false } },
        { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: now.toISOString() } }] },
      ],
    }
  }

  /** Starts due jobs while slots are free. */
  private async fill(): Promise<void> {
    const options = this.options
    if (!options) return
    const free = options.partners.webhooks.concurrency - this.inFlight.size
    if (free <= 0) return
    const { docs } = await this.payload.db.find({
      collection: JOBS,
      limit: free + this.inFlight.size,
      pagination: false,
      sort: 'createdAt',
      where: this.dueWhere(new Date()),
    })
    const ids = docs.map((doc) => doc.id as number | string).filter((id) => !this.inFlight.has(id))
    for (const id of ids.slice(0, free)) {
      const run = this.claim(id)
        .then(async (claimed) => {
          if (claimed) await this.payload.jobs.runByID({ id, silent: { info: true } })
        })
        .then(
          () => undefined,
          (error: Error) =>
            this.payload.logger.error(`twinning webhooks: job ${id} failed: ${error.message}`),
        )
        .finally(() => this.inFlight.delete(id))
      this.inFlight.set(id, run)
    }
  }

  /**
   * Marks a job as running in one conditional statement, so that two instances never run the
   * same job (Payload's runner reads, then writes; and a job deleted under a second runner makes
   * Payload keep that runner's transaction open).
   */
  private async claim(id: number | string): Promise<boolean> {
    const claimed = await this.payload.db.updateOne({
      collection: JOBS,
      data: { processing: true, updatedAt: new Date().toISOString() },
      options: { atomic: true },
      where: { and: [{ id: { equals: id } }, { processing: { equals: false } }] },
    })
    return Boolean(claimed)
  }

  /** A timer for the next job that waits (a retry, a delivery behind an earlier one), or POLL_MS. */
  private scheduleNext(): void {
    if (this.stopped) return
    const now = new Date()
    this.payload.db
      .find({
        collection: JOBS,
        limit: 1,
        pagination: false,
        sort: 'waitUntil',
        where: {
          and: [
            { queue: { equals: WEBHOOK_QUEUE } },
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
            { processing: { equals: false } },
            { waitUntil: { greater_than_equal: now.toISOString() } },
          ],
        },
      })
      .then(({ docs }) => {
        const waitUntil = (docs[0] as Row | undefined)?.waitUntil
        const next = waitUntil ? new Date(waitUntil as string).getTime() : NaN
        const delay = Number.isNaN(next) ? POLL_MS : Math.min(POLL_MS, next - Date.now() + 5)
        if (this.stopped || this.draining) return
        clearTimeout(this.timer)
        this.timer = setTimeout(() => this.kick(), Math.max(0, delay))
        this.timer.unref()
      })
      .catch(() => {
        if (this.stopped || this.draining) return
        clearTimeout(this.timer)
        this.timer = setTimeout(() => this.kick(), POLL_MS)
        this.timer.unref()
      })
  }

  /**
   * Repairs what a crash leaves behind: jobs marked as running long after any delivery could have
   * finished go back to the queue, and open deliveries whose job is missing get a new one.
   */
  private async sweep(): Promise<void> {
    this.lastSweep = Date.now()
    const options = this.options
    if (!options) return
    const staleMs = Math.max(10 * 60_000, 2 * options.partners.webhooks.timeoutMs + 60_000)
    const stale = new Date(Date.now() - staleMs).toISOString()
    await this.payload.db.updateMany({
      collection: JOBS,
      data: { processing: false },
      where: {
        and: [
          { queue: { equals: WEBHOOK_QUEUE } },
          { processing: { equals: true } },
          { completedAt: { exists: false } },
          { updatedAt: { less_than: stale } },
        ],
      },
    })
    const overdue = await this.payload.db.find({
      collection: options.slugs.webhookDeliveries,
      limit: ORPHANS_PER_SWEEP,
      pagination: false,
      sort: 'id',
      where: {
        and: [{ status: { in: ['pending', 'retrying'] } }, { nextAttemptAt: { less_than: stale } }],
      },
    })
    if (!overdue.docs.length) return
    const open = await this.payload.db.find({
      collection: JOBS,
      limit: 0,
      pagination: false,
      where: {
        and: [
          { queue: { equals: WEBHOOK_QUEUE } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
    })
    const queued = new Set(
      open.docs.map((job) => Number(((job as Row).input as Row | undefined)?.deliveryId)),
    )
    for (const delivery of overdue.docs as Row[]) {
      if (!queued.has(Number(delivery.id))) await queueDelivery(this.payload, Number(delivery.id))
    }
  }
}

const runners = new WeakMap<Payload, WebhookRunner>()

/** The webhook runner started for a Payload instance, if any. */
export const webhookRunnerOf = (payload: Payload): WebhookRunner | undefined => runners.get(payload)

/**
 * Starts sending webhooks from this process (call it in onInit; calling it again returns the same
 * runner): deliveries go out right after the commit that queued them, retries when due, and what
 * was left over from a previous run at once. Nothing runs without the partner API or while
 * `next build` loads the config.
 */
export function startWebhookRunner(payload: Payload): WebhookRunner | undefined {
  const options = payload.config?.custom?.[TWINNING] as ResolvedOptions | undefined
  if (!options?.partners || process.env.NEXT_PHASE === 'phase-production-build') return undefined
  let runner = runners.get(payload)
  if (!runner) {
    hookCommits(payload.db)
    runners.set(payload, (runner = new WebhookRunner(payload)))
    runner.kick()
  }
  return runner
}

/** Stops the runner of a Payload instance, waiting for the deliveries under way. */
export async function stopWebhookRunner(payload: Payload): Promise<void> {
  const runner = runners.get(payload)
  runners.delete(payload)
  await runner?.stop()
}
