/**
 * @module address-policy
 * Which network addresses an import from a URL may reach: public unicast only. Private,
 * loopback, link-local (cloud metadata at 169.254.169.254 among them), carrier-grade NAT,
 * multicast, reserved and IPv6 unique-local ranges are refused, as are IPv4 addresses
 * written inside IPv6 (`::ffff:10.0.0.1`).
 */
import { BlockList, isIP } from 'node:net';

const REFUSED_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];
const REFUSED_V6: readonly [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64 (reaches IPv4 ranges)
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
];

const refused = new BlockList();
for (const [address, prefix] of REFUSED_V4) refused.addSubnet(address, prefix, 'ipv4');
for (const [address, prefix] of REFUSED_V6) refused.addSubnet(address, prefix, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/**
 * Why `address` may not be fetched from, or undefined when it may. `allowLoopback` exists
 * for tests that serve pages on 127.0.0.1 and must be passed explicitly.
 * @example refusalOf('169.254.169.254') !== undefined
 */
export function refusalOf(address: string, options: { allowLoopback?: boolean } = {}): string | undefined {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  const mapped = family === 6 ? mappedIpv4(address) : undefined;
  const [ip, type] = mapped
    ? [mapped, 'ipv4' as const]
    : [address, family === 4 ? ('ipv4' as const) : ('ipv6' as const)];
  if (options.allowLoopback && LOOPBACK.check(ip, type)) return undefined;
  return refused.check(ip, type) ? 'a private, loopback, link-local or reserved address' : undefined;
}

/** The IPv4 address inside an IPv4-mapped or -compatible IPv6 address (`::ffff:a.b.c.d`, `::ffff:0a00:1`). */
function mappedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return undefined;
  const high = Number.parseInt(hex[1], 16);
  const low = Number.parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
