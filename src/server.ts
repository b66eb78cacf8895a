/**
 * `npm start`: the built app in production, as `next start` runs it, behind a plain Node HTTP server
 * that answers hits of the published-read cache itself. A cached public read then costs what
 * `node:http` costs; Next's request handling alone (before Payload) is several times that. Everything
 * else, misses included, goes to Next unchanged. `PORT` (default 3000) and `HOSTNAME` (default all
 * interfaces) as for `next start`.
 */
import http from 'node:http'

import next from 'next'

import { answerCachedRead } from './cache/frontServer.js'
import { answerMalformedPath } from './http/answerMalformedPath.js'
import { stampClientIp } from './partners/gate/clientIp.js'
import { CLIENT_IP_HEADER } from './partners/gate/gateRequest.js'

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || undefined
const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port })
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer((req, res) => {
  // The client's address, for per-IP rate limits; never what a client claims.
  req.headers[CLIENT_IP_HEADER] = stampClientIp(req.socket.remoteAddress ?? 'unknown')
  // Next answers a malformed %-escape with a plain-text 500; the API answers it as the route would.
  if (answerMalformedPath(req, res)) return
  answerCachedRead(req, res).then(
    (answered) => {
      if (!answered) return handle(req, res)
    },
    (error: unknown) => {
      console.error('twinning: cache front server:', error)
      if (!res.headersSent) return handle(req, res)
      res.destroy()
    },
  )
})
// Idle connections outlive a typical proxy's 60 s idle timeout, so a proxy never reuses one closed here.
server.keepAliveTimeout = 65_000
server.listen(port, hostname, () =>
  console.log(`twinning: listening on http://${hostname ?? 'localhost'}:${port}`),
)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 3000).unref()
  })
}
