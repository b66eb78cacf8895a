import { spawnSync } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')

/** What one autocannon run measured. */
export interface Load {
  p50: number
  p99: number
  rps: number
  statuses: string
}

/**
 * autocannon in its own process, so the load generator does not share a core's event loop with a
 * server: `connections` for `seconds`, with `headers` on every request.
 */
export function load(
  url: string,
  {
    connections,
    headers = {},
    seconds,
  }: { connections: number; headers?: Record<string, string>; seconds: number },
): Load {
  const args = [
    'node_modules/autocannon/autocannon.js',
    '--json',
    '-c',
    String(connections),
    '-d',
    String(seconds),
  ]
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`)
  const run = spawnSync(process.execPath, [...args, url], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) throw new Error(`autocannon failed: ${run.stderr}`)
  const result = JSON.parse(run.stdout)
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stat]) => `${code}×${(stat as { count: number }).count}`)
    .join(' ')
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    statuses: statuses + (result.errors ? ` errors×${result.errors}` : ''),
  }
}

/** fetch, once more on a socket the server closed while autocannon (spawnSync) blocked this process. */
export async function get(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch {
    return fetch(url, init)
  }
}
