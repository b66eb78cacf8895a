/** A query's counts and the index generation they were taken at. */
export interface Counts {
  generation: string
  titleHits: number
  total: number
}

/** A map that forgets its least recently used entries beyond `size`. */
export class RecentCounts {
  private readonly entries = new Map<string, Counts>()
  constructor(private readonly size: number) {}
  get(key: string) {
    const found = this.entries.get(key)
    if (found) {
      this.entries.delete(key)
      this.entries.set(key, found)
    }
    return found
  }
  set(key: string, value: Counts) {
    this.entries.delete(key)
    this.entries.set(key, value)
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!)
  }
}
