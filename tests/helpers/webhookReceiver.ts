import { createHmac, timingSafeEqual } from 'node:crypto'
import http, { type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * Verifies a Twinning webhook — the snippet of README, "Webhooks", verbatim. `rawBody` is the
 * request body exactly as received (before any JSON parsing), `header` the `Twinning-Signature`
 * header, `secret` the client's webhook secret.
 */
export function verifyTwinningSignature(
  rawBody: string,
  header: string | null | undefined,
  secret: string,
  toleranceSeconds = 300,
): boolean {
  const parts = new Map(
    (header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]),
  )
  const t = Number(parts.get('t'))
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest()
  const given = Buffer.from(parts.get('v1') ?? '', 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export interface Arrival {
  /** performance.now() when the request's body had arrived. */
  at: number
  body: string
  headers: IncomingHttpHeaders
  json: Record<string, any>
  path: string
  /** What the receiver answered (0: it did not answer). */
  status: number
}

/** How to answer one request: a status code, or `hang` (never answer, until the sender gives up). */
export type Answer = number | 'hang'

export interface WebhookReceiver {
  url: (path: string) => string
  arrivals: Arrival[]
  /** Per path: how to answer the n-th request to it (0-based). Default: 200. */
  answer: (path: string, plan: (n: number, arrival: Arrival) => Answer) => void
  /** Resolves with the first arrival (already there or to come) that matches, or rejects after timeoutMs. */
  waitFor: (match: (arrival: Arrival) => boolean, timeoutMs?: number) => Promise<Arrival>
  close: () => Promise<void>
}

/** A real HTTP server on 127.0.0.1 (random port) that records every webhook it gets. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const arrivals: Arrival[] = []
  const plans = new Map<string, (n: number, arrival: Arrival) => Answer>()
  const counts = new Map<string, number>()
  const waiters = new Set<{ match: (arrival: Arrival) => boolean; resolve: (a: Arrival) => void }>()
  const hanging = new Set<http.ServerResponse>()

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const path = (request.url ?? '/').split('?')[0]!
      let json: Record<string, any> = {}
      try {
        json = JSON.parse(body)
      } catch {
        // recorded as is
      }
      const arrival: Arrival = {
        at: performance.now(),
        body,
        headers: request.headers,
        json,
        path,
        status: 0,
      }
      const n = counts.get(path) ?? 0
      counts.set(path, n + 1)
      const answer = plans.get(path)?.(n, arrival) ?? 200
      arrivals.push(arrival)
      if (answer === 'hang') hanging.add(response)
      else {
        arrival.status = answer
        response.writeHead(answer, { 'Content-Type': 'text/plain' }).end(answer < 300 ? 'ok' : 'no')
      }
      for (const waiter of waiters)
        if (waiter.match(arrival)) {
          waiters.delete(waiter)
          waiter.resolve(arrival)
        }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    answer: (path, plan) => void plans.set(path, plan),
    arrivals,
    close: async () => {
      for (const response of hanging) response.destroy()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
    url: (path) => `http://127.0.0.1:${port}${path}`,
    waitFor: (match, timeoutMs = 5000) => {
      const found = arrivals.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (arrival: Arrival) => {
            clearTimeout(timer)
            resolve(arrival)
          },
        }
        const timer = setTimeout(() => {
          waiters.delete(waiter)
          reject(new Error(`no matching webhook arrived within ${timeoutMs} ms`))
        }, timeoutMs)
        waiters.add(waiter)
      })
    },
  }
}
