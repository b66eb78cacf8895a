import { createHmac } from 'node:crypto'

import { describe, expect, it } from '@jest/globals'

import { signedIn } from '../../src/partners/gate/signedIn.js'
import { blockedAddress } from '../../src/partners/webhooks/blockedAddresses.js'

const SECRET = 'unit-secret'
const token = (claims: Record<string, unknown>) => {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const head = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`
  return `${head}.${createHmac('sha256', SECRET).update(head).digest('base64url')}`
}
const request = (authorization: string) => ({
  header: (name: string) => (name === 'authorization' ? authorization : null),
  method: 'GET',
  url: '/api/news',
})
const exp = Math.floor(Date.now() / 1000) + 600

describe('the partner gate', () => {
  it('spares only sessions of the newsroom’s users from per-IP limits, not an API client’s token', () => {
    expect(
      signedIn(request(`JWT ${token({ collection: 'users', exp })}`), SECRET, 't', 'users'),
    ).toBe(true)
    expect(
      signedIn(request(`JWT ${token({ collection: 'api-clients', exp })}`), SECRET, 't', 'users'),
    ).toBe(false)
    expect(signedIn(request(`JWT ${token({ exp })}`), SECRET, 't', 'users')).toBe(false)
  })

  it('refuses webhooks to IPv4-translated IPv6 forms of private addresses', () => {
    expect(blockedAddress('::ffff:0:a9fe:a9fe')).toBe(true)
    expect(blockedAddress('::ffff:0:7f00:1')).toBe(true)
    expect(blockedAddress('2606:4700:4700::1111')).toBe(false)
  })
})
