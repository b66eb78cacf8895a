import type { LookupAddress } from 'node:dns'
import { isIP } from 'node:net'

import type { TranslationKey } from '../../i18n/resources.js'
import { blockedAddress } from './blockedAddresses.js'
import { resolveHost } from './hostResolver.js'

export type WebhookUrlVerdict =
  | { ok: true; url: URL; addresses: LookupAddress[] }
  | { ok: false; reason: TranslationKey; vars: Record<string, string> }

/** The URL's host as resolvers and allowlists know it: lower case, IPv6 without brackets. */
export const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1')

/**
 * Whether a webhook may be sent to `raw` now: an http(s) URL with a host whose every address is
 * public unicast — unless the host is listed in `allowedHosts` (a receiver on the same machine
 * or network, named as it is written in the URL). Gives the addresses it checked: the delivery
 * connects to one of those, never to what a second lookup might answer (DNS rebinding).
 */
export async function checkWebhookUrl(
  raw: string,
  allowedHosts: string[],
): Promise<WebhookUrlVerdict> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { ok: false, reason: 'errors.webhookUrlScheme', vars: { url: raw } }
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname)
    return { ok: false, reason: 'errors.webhookUrlScheme', vars: { url: raw } }
  const host = hostOf(url)
  let addresses: LookupAddress[]
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }]
  else {
    try {
      addresses = await resolveHost(host)
    } catch {
      addresses = []
    }
    if (!addresses.length)
      return { ok: false, reason: 'errors.webhookUrlUnresolvable', vars: { host, url: raw } }
  }
  const allowed = allowedHosts.some(
    (entry) => entry.toLowerCase().replace(/^\[(.*)\]$/, '$1') === host,
  )
  const blocked = allowed ? undefined : addresses.find(({ address }) => blockedAddress(address))
  if (blocked)
    return {
      ok: false,
      reason: 'errors.webhookUrlPrivate',
      vars: { address: blocked.address, url: raw },
    }
  return { ok: true, addresses, url }
}
