import { describe, expect, it } from '@jest/globals'
import type { Config } from 'payload'

import { twinning } from '../../src/index.js'

const host = { collections: [], secret: 'x' } as unknown as Config
const paths = (config: Config) => (config.endpoints ?? []).map((endpoint) => endpoint.path)

describe('the search option', () => {
  it('registers GET /twinning/search by default and not with search: false', () => {
    expect(paths(twinning()(host))).toContain('/twinning/search')
    expect(paths(twinning({ search: false })(host))).not.toContain('/twinning/search')
  })
})
