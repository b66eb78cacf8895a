/**
 * Sets the gate's headers (CORS, rate limits) on an answer's: `Vary` values are merged, and a
 * partner origin's answer never allows credentials, even where Payload's own CORS says so.
 */
export function applyGateHeaders(target: Headers, headers: Array<[string, string]>): void {
  for (const [name, value] of headers) {
    if (name.toLowerCase() === 'access-control-allow-origin')
      target.delete('access-control-allow-credentials')
    if (name.toLowerCase() !== 'vary') target.set(name, value)
    else {
      const current = target.get('vary')
      const have = new Set(current?.split(',').map((item) => item.trim().toLowerCase()) ?? [])
      const extra = value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => !have.has(item.toLowerCase()))
      if (extra.length) target.set('vary', [current, ...extra].filter(Boolean).join(', '))
    }
  }
}
