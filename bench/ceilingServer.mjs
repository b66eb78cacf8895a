// The ceiling: a plain node:http server that sends the very bytes the app sent, per path and query,
// with the same Content-Type and ETag, and 304 to a matching If-None-Match. No framework, no database.
import { readFileSync } from 'node:fs'
import http from 'node:http'

const [, , file, port] = process.argv
const routes = new Map(
  Object.entries(JSON.parse(readFileSync(file, 'utf8'))).map(([url, r]) => [
    url,
    { ...r, body: Buffer.from(r.body, 'base64') },
  ]),
)
http
  .createServer((req, res) => {
    const route = routes.get(req.url)
    if (!route) return res.writeHead(404).end()
    if (route.etag && req.headers['if-none-match'] === route.etag)
      return res.writeHead(304, { ETag: route.etag }).end()
    res.writeHead(200, {
      'Content-Length': route.body.length,
      'Content-Type': route.contentType,
      ...(route.etag ? { ETag: route.etag } : {}),
    })
    res.end(route.body)
  })
  .listen(Number(port), '127.0.0.1', () => process.send?.('ready'))
