import { describe, expect, it } from '@jest/globals'

import { databaseKind } from '../../src/setup/databaseKind.js'
import { DEFAULT_DATABASE_URI, readEnvironment, StartupError } from '../../src/setup/environment.js'

describe('DATABASE_URI', () => {
  it.each([
    ['file:./data/twinning.db', 'sqlite'],
    ['file:/tmp/x.db', 'sqlite'],
    ['postgres://postgres@127.0.0.1:5432/test', 'postgres'],
    ['postgresql://u:p@db/news', 'postgres'],
    ['mongodb://127.0.0.1/twinning', 'mongodb'],
    ['mongodb+srv://cluster.example/twinning', 'mongodb'],
  ])('%s uses %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })

  it.each(['mysql://root@localhost/x', 'redis://127.0.0.1', 'twinning.db'])('refuses %s naming the supported schemes', (uri) => {
    expect(() => databaseKind(uri)).toThrow(StartupError)
    expect(() => databaseKind(uri)).toThrow(/file: \(SQLite\), postgres:\/\/ or postgresql:\/\/ \(PostgreSQL\), mongodb:\/\/ or mongodb\+srv:\/\/ \(MongoDB\)/)
  })

  it('defaults to the embedded SQLite file', () => {
    expect(readEnvironment({ NODE_ENV: 'development' }).databaseUri).toBe(DEFAULT_DATABASE_URI)
    expect(databaseKind(DEFAULT_DATABASE_URI)).toBe('sqlite')
  })
})

describe('PAYLOAD_SECRET', () => {
  it('is required in production', () => {
    expect(() => readEnvironment({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set/)
    expect(() => readEnvironment({ NODE_ENV: 'production', PAYLOAD_SECRET: '   ' })).toThrow(StartupError)
  })

  it('falls back to a development secret outside production only', () => {
    expect(readEnvironment({ NODE_ENV: 'development' }).secret).toMatch(/development/)
    expect(readEnvironment({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' }).secret).toBe('s3cret')
  })
})
