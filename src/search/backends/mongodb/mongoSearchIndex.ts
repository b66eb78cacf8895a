import type { Payload } from 'payload'

import type { SearchIndex } from '../../types.js'

export function mongoSearchIndex(_payload: Payload): SearchIndex {
  throw new Error('todo')
}
