import { describe, expect, it, jest } from '@jest/globals'

import { databaseKind } from '../../src/setup/databaseKind.js'
import {
  DEFAULT_DATABASE_URI,
  environmentOrExit,
  readEnvironment,
  StartupError,
} from '../../src/setup/environment.js'

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

  it.each(['mysql://root@localhost/x', 'redis://127.0.0.1', 'twinning.db'])(
    'refuses %s naming the supported schemes',
    (uri) => {
      expect(() => databaseKind(uri)).toThrow(StartupError)
      expect(() => databaseKind(uri)).toThrow(
        /file: \(SQLite\), postgres:\/\/ or postgresql:\/\/ \(PostgreSQL\), mongodb:\/\/ or mongodb\+srv:\/\/ \(MongoDB\)/,
      )
    },
  )

  it('defaults to the embedded SQLite file', () => {
    expect(readEnvironment({ NODE_ENV: 'development' }).databaseUri).toBe(DEFAULT_DATABASE_URI)
    expect(databaseKind(DEFAULT_DATABASE_URI)).toBe('sqlite')
  })
})

describe('PAYLOAD_SECRET', () => {
  it('is required in production', () => {
    expect(() => readEnvironment({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set/)
    expect(() => readEnvironment({ NODE_ENV: 'production', PAYLOAD_SECRET: '   ' })).toThrow(
      StartupError,
    )
  })

  it('falls back to a development secret outside production only', () => {
    expect(readEnvironment({ NODE_ENV: 'development' }).secret).toMatch(/development/)
    expect(readEnvironment({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' }).secret).toBe(
      's3cret',
    )
  })
})

describe('environmentOrExit', () => {
  const stop = (env: Record<string, string>) => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      environmentOrExit(env)
      return {
        exitCodes: exit.mock.calls.map((c) => c[0]),
        lines: error.mock.calls.map((c) => String(c[0])),
      }
    } finally {
      exit.mockRestore()
      error.mockRestore()
    }
  }

  it('stops startup with one line on an unknown DATABASE_URI scheme', () => {
    const { exitCodes, lines } = stop({
      DATABASE_URI: 'mysql://root@127.0.0.1/twinning',
      PAYLOAD_SECRET: 'x',
    })
    expect(exitCodes).toEqual([1])
    expect(lines).toEqual([
      expect.stringMatching(/^twinning: DATABASE_URI scheme "mysql:" is not supported; use file: /),
    ])
    expect(lines[0]).not.toContain('\n')
  })

  it('stops startup with one line in production without PAYLOAD_SECRET', () => {
    const { exitCodes, lines } = stop({ NODE_ENV: 'production' })
    expect(exitCodes).toEqual([1])
    expect(lines).toEqual([expect.stringMatching(/^twinning: PAYLOAD_SECRET is not set/)])
  })

  it('starts with a supported database and a secret', () => {
    expect(
      stop({
        DATABASE_URI: 'postgres://postgres@127.0.0.1/x',
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'x',
      }),
    ).toEqual({ exitCodes: [], lines: [] })
  })
})
