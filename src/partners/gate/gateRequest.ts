/** What the partner gate reads of a request: a Fetch API `Request` or Node's `IncomingMessage` alike. */
export interface GateRequest {
  header: (name: string) => string | null
  method: string
  /** Absolute, or the path with its query. */
  url: string
  /** Already counted against the rate limits (by the front server). */
  counted?: boolean
}

export const gateRequestOf = (request: Request): GateRequest => ({
  header: (name) => request.headers.get(name),
  method: request.method,
  url: request.url,
})

/** Set by the gate on a request it admitted for an API key: the key's scope, for the cache key. Never taken from clients. */
export const KEY_SCOPE_HEADER = 'x-twinning-key-scope'
/** Set by the Node front server (src/server.ts) from the socket: the client's address. Never taken from clients. */
export const CLIENT_IP_HEADER = 'x-twinning-client-ip'
