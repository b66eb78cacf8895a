type Handler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * A HEAD handler from a GET handler: the GET's status and headers without its body. Payload has no
 * HEAD routes (`@payloadcms/next/routes` exports no `REST_HEAD`, and a HEAD request finds no
 * endpoint), so link checkers and CDNs probing with HEAD saw every document as missing.
 *
 * The request is replayed as a GET (with its headers: `If-None-Match` still gets a 304, the read
 * cache still answers). `Content-Length` is the GET body's length, as RFC 9110 asks of HEAD.
 */
export function answerHead<Context>(get: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    const asGet = new Request(request.url, {
      headers: request.headers,
      method: 'GET',
      signal: request.signal,
    })
    const response = await get(asGet, context)
    const headers = new Headers(response.headers)
    if (response.body && !headers.has('content-length')) {
      headers.set('content-length', String((await response.arrayBuffer()).byteLength))
    } else {
      await response.body?.cancel()
    }
    return new Response(null, { headers, status: response.status, statusText: response.statusText })
  }
}
