/** One cached response: the body and the headers to send again, with what it depends on. */
export interface CachedResponse {
  body: Uint8Array
  etag: string
  headers: Array<[string, string]>
  status: number
  tags: string[]
}

/**
 * A size-bounded, least-recently-used map of responses, indexed by tag so that one invalidation
 * drops exactly the responses that showed a document (or a list of its collection). `generation`
 * counts invalidations: a response rendered while one happened is not stored (it may be stale).
 */
export class ResponseStore {
  private readonly entries = new Map<string, CachedResponse>()
  private readonly keysByTag = new Map<string, Set<string>>()
  private bytes = 0
  generation = 0

  constructor(
    private readonly maxBytes: number,
    private readonly maxEntryBytes: number,
  ) {}

  get size(): number {
    return this.entries.size
  }

  get totalBytes(): number {
    return this.bytes
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    // Map keeps insertion order: re-inserting marks the entry as the most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** Stores `entry` unless an invalidation ran since `generation` was read or it is too large. */
  set(key: string, entry: CachedResponse, generation: number): boolean {
    const size = entry.body.byteLength + key.length
    if (generation !== this.generation || size > this.maxEntryBytes) return false
    this.delete(key)
    this.entries.set(key, entry)
    this.bytes += size
    for (const tag of entry.tags) {
      let keys = this.keysByTag.get(tag)
      if (!keys) this.keysByTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldest)
    }
    return true
  }

  /** Drops every response carrying one of `tags`. */
  invalidate(tags: Iterable<string>): void {
    this.generation++
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag)
      if (!keys) continue
      for (const key of [...keys]) this.delete(key)
    }
  }

  clear(): void {
    this.generation++
    this.entries.clear()
    this.keysByTag.clear()
    this.bytes = 0
  }

  private delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.body.byteLength + key.length
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.keysByTag.delete(tag)
    }
  }
}
