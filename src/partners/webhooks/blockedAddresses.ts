import { BlockList, isIP } from 'node:net'

/**
 * IPv4 ranges no webhook may reach: "this network", private (RFC 1918), carrier-grade NAT,
 * loopback, link-local (cloud metadata at 169.254.169.254), IETF protocol assignments, the
 * documentation and benchmarking nets, the old 6to4 relay, multicast, reserved and broadcast.
 */
const IPV4: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
]

/**
 * IPv6 ranges: IPv4-compatible (and so unspecified and loopback), the local-use NAT64 prefix,
 * discard, IETF protocol assignments (Teredo among them), documentation, unique-local,
 * link-local, the old site-local, multicast.
 */
const IPV6: Array<[string, number]> = [
  ['::', 96],
  ['::ffff:0:0:0', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['3fff::', 20],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
]

const hex = (address: string) =>
  address
    .split('.')
    .map((octet) => Number(octet).toString(16).padStart(2, '0'))
    .join('')

function buildBlockList(): BlockList {
  const list = new BlockList()
  for (const [network, prefix] of IPV4) {
    list.addSubnet(network, prefix, 'ipv4')
    // The same IPv4 range embedded in IPv6: mapped (::ffff:a.b.c.d, which BlockList also matches
    // by itself), well-known NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::).
    const [high, low] = [hex(network).slice(0, 4), hex(network).slice(4)]
    list.addSubnet(`::ffff:${high}:${low}`, 96 + prefix, 'ipv6')
    list.addSubnet(`64:ff9b::${high}:${low}`, 96 + prefix, 'ipv6')
    list.addSubnet(`2002:${high}:${low}::`, 16 + prefix, 'ipv6')
  }
  for (const [network, prefix] of IPV6) list.addSubnet(network, prefix, 'ipv6')
  return list
}

const BLOCKED = buildBlockList()

/** Whether an IP address is one a webhook must not reach (anything but a public unicast address). */
export function blockedAddress(address: string): boolean {
  const version = isIP(address)
  if (version === 0) return true
  return BLOCKED.check(address, version === 4 ? 'ipv4' : 'ipv6')
}
