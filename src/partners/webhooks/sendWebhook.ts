import type { LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'

import { hostOf } from './checkWebhookUrl.js'

/** At most this much of a receiver's answer is read (for the admin's "last error"). */
const MAX_RESPONSE_BYTES = 4096

export type SendResult = { status: number; body: string } | { error: string }

/** A DNS lookup that answers only with the addresses the URL check accepted. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family = typeof options === 'object' ? options.family : options
    const fitting = addresses.filter((entry) => !family || entry.family === family)
    const chosen = fitting.length ? fitting : addresses
    if ((options as { all?: boolean }).all)
      (callback as never as (e: null, a: LookupAddress[]) => void)(null, chosen)
    else callback(null, chosen[0]!.address, chosen[0]!.family)
  }
}

/**
 * POSTs a delivery to `url`, connecting only to `addresses` (checked just before; a second DNS
 * answer is never asked for). No redirects are followed, no connection is kept, and the whole
 * exchange — connect, send, answer — must finish within `timeoutMs`.
 */
export function sendWebhook({
  addresses,
  body,
  headers,
  timeoutMs,
  url,
}: {
  addresses: LookupAddress[]
  body: string
  headers: Record<string, string>
  timeoutMs: number
  url: URL
}): Promise<SendResult> {
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: SendResult) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      request.destroy()
      resolve(result)
    }
    const client = url.protocol === 'https:' ? https : http
    const request = client.request({
      agent: false,
      auth:
        url.username || url.password
          ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`
          : undefined,
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      hostname: hostOf(url),
      lookup: pinnedLookup(addresses),
      method: 'POST',
      path: `${url.pathname}${url.search}`,
      port: url.port || undefined,
      servername: url.protocol === 'https:' && !isIP(hostOf(url)) ? hostOf(url) : undefined,
    })
    const timer = setTimeout(() => finish({ error: `no answer within ${timeoutMs} ms` }), timeoutMs)
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish({ error: error.code ? `${error.code}: ${error.message}` : error.message }),
    )
    request.on('response', (response) => {
      const chunks: Buffer[] = []
      let size = 0
      const done = () =>
        finish({
          body: Buffer.concat(chunks).toString('utf8').slice(0, MAX_RESPONSE_BYTES),
          status: response.statusCode ?? 0,
        })
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk)
        size += chunk.length
        if (size >= MAX_RESPONSE_BYTES) done()
      })
      response.on('end', done)
      response.on('error', done)
    })
    request.end(body)
  })
}
