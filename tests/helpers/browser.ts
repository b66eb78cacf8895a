import { existsSync } from 'node:fs'

export const CHROMIUM = '/usr/bin/chromium'

/**
 * Whether browser tests can run: Debian's Chromium must be installed (`apt-get install chromium`).
 * CI sets REQUIRE_BROWSER=true, so a missing browser fails there instead of being skipped.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true
  if (process.env.REQUIRE_BROWSER === 'true')
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`)
  console.warn(
    `Browser tests skipped: ${CHROMIUM} is not installed (apt-get install -y chromium fonts-noto-cjk).`,
  )
  return false
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
