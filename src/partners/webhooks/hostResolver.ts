import { promises as dns, type LookupAddress } from 'node:dns'

export type HostResolver = (host: string) => Promise<LookupAddress[]>

const systemResolver: HostResolver = (host) => dns.lookup(host, { all: true, verbatim: true })

let current: HostResolver = systemResolver

/**
 * Every address a host name resolves to, as the system resolver answers. Tests swap in their own
 * (`useHostResolver`) to play DNS rebinding; `undefined` puts the system's back.
 */
export const resolveHost: HostResolver = (host) => current(host)

export function useHostResolver(resolver: HostResolver | undefined): void {
  current = resolver ?? systemResolver
}
