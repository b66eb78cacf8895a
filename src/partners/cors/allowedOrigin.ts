/** An origin in its serialized form (lowercase scheme and host, no default port), or undefined. */
function normalized(origin: string): string | undefined {
  try {
    const url = new URL(origin)
    return url.origin === 'null' ? undefined : url.origin
  } catch {
    return undefined
  }
}

/** Uppercase letters, a default port, a trailing slash: what a serialized origin never has. */
const NOT_SERIALIZED = /[A-Z]|:(?:80|443)$|\/$/

const allowlists = new WeakMap<string[], { any: boolean; origins: Set<string> }>()

/**
 * What `Access-Control-Allow-Origin` a request's `Origin` gets: the origin itself when the list
 * names it (compared in serialized form: `https://Example.org:443` is `https://example.org`),
 * `*` whenever the list has `*` (the answer is then the same for every origin), else undefined.
 * The list is the resolved option: the same array every time, normalized once.
 */
export function allowedOrigin(origin: string | null, origins: string[]): string | undefined {
  if (!origins.length) return undefined
  let allowlist = allowlists.get(origins)
  if (!allowlist) {
    allowlist = {
      any: origins.includes('*'),
      origins: new Set(origins.map(normalized).filter((o): o is string => o !== undefined)),
    }
    allowlists.set(origins, allowlist)
  }
  if (allowlist.any) return '*'
  if (origin === null) return undefined
  // Browsers send the serialized form: the exact match is all they need. Other spellings (another
  // client's) are normalized first — only those that can differ, to keep refusals cheap too.
  if (allowlist.origins.has(origin)) return origin
  if (!NOT_SERIALIZED.test(origin)) return undefined
  const own = normalized(origin)
  return own !== undefined && allowlist.origins.has(own) ? own : undefined
}
