import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A database of the test's own, never one it finds: a fresh SQLite file by default; with
 * TEST_DATABASE_URI=postgres://… a new database created on that server (and dropped after);
 * with TEST_DATABASE_URI=mongodb://… a new database name on that server.
 */
export interface TestDatabase {
  kind: 'mongodb' | 'postgres' | 'sqlite'
  uri: string
  workDir: string
  drop: () => Promise<void>
}

const uniqueName = () => `twinning_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`

export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URI?.trim()
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'twinning-test-'))
  const removeWorkDir = () => rmSync(workDir, { force: true, recursive: true })

  if (!base || base.startsWith('file:')) {
    return {
      drop: async () => removeWorkDir(),
      kind: 'sqlite',
      uri: `file:${path.join(workDir, 'test.db')}`,
      workDir,
    }
  }

  if (/^postgres(ql)?:/.test(base)) {
    const { default: pg } = await import('pg')
    const name = uniqueName()
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const url = new URL(base)
    url.pathname = `/${name}`
    return {
      drop: async () => {
        const client = new pg.Client({ connectionString: base })
        client.on('error', () => undefined)
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await client.end()
        removeWorkDir()
      },
      kind: 'postgres',
      uri: url.toString(),
      workDir,
    }
  }

  if (/^mongodb(\+srv)?:/.test(base)) {
    const url = new URL(base)
    url.pathname = `/${uniqueName()}`
    return { drop: async () => removeWorkDir(), kind: 'mongodb', uri: url.toString(), workDir }
  }
  throw new Error(`TEST_DATABASE_URI must be file:, postgres:// or mongodb://, not ${base}`)
}
