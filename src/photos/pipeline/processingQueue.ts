import sharp from 'sharp'

/** A photo waiting for, or in, the pipeline: what the admin's processing list shows. */
export interface ProcessingEntry {
  id: number
  filename: string
  /** `decode`: checked and reduced on upload; `encode`: sizes written with the credit. */
  step: 'decode' | 'encode'
  state: 'queued' | 'processing'
  since: string
}

interface Queue {
  concurrency: number
  running: number
  waiting: (() => void)[]
  entries: Map<number, ProcessingEntry>
  nextId: number
}

// One queue per process (Next may load this module more than once): uploads are decoded one at a
// time by default, so four 24-megapixel uploads arriving together need the memory of one.
const KEY = Symbol.for('twinning.photos.processingQueue')
const store = globalThis as typeof globalThis & { [KEY]?: Queue }

function queue(concurrency: number): Queue {
  if (!store[KEY]) {
    // Each image is read once: libvips' operation cache would only hold on to memory.
    sharp.cache(false)
    store[KEY] = { concurrency, entries: new Map(), nextId: 1, running: 0, waiting: [] }
  }
  store[KEY].concurrency = concurrency
  return store[KEY]
}

/** Runs `work` when a slot is free (at most `concurrency` at once in this process), FIFO. */
export async function inPhotoQueue<T>(
  concurrency: number,
  label: { filename: string; step: ProcessingEntry['step'] },
  work: () => Promise<T>,
): Promise<T> {
  const q = queue(concurrency)
  const entry: ProcessingEntry = {
    ...label,
    id: q.nextId++,
    since: new Date().toISOString(),
    state: 'queued',
  }
  q.entries.set(entry.id, entry)
  try {
    if (q.running >= q.concurrency) await new Promise<void>((resolve) => q.waiting.push(resolve))
    else q.running++
    entry.state = 'processing'
    entry.since = new Date().toISOString()
    return await work()
  } finally {
    q.entries.delete(entry.id)
    // Hand the slot straight to the next in line (running stays the same), or free it.
    const next = entry.state === 'processing' ? q.waiting.shift() : undefined
    if (next) next()
    else if (entry.state === 'processing') q.running--
  }
}

/** The photos in the pipeline now, oldest first. */
export const photosInProcessing = (): ProcessingEntry[] => [...(store[KEY]?.entries.values() ?? [])]
