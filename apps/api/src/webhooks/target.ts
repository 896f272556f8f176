import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may not reach unless WEBHOOK_ALLOW_PRIVATE is set: the
 * machine itself, private and shared networks, link-local (cloud metadata
 * services live there), and ranges that are never a public host.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32], ['64:ff9b::', 96], ['100::', 64],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** True for an address a public webhook must not reach (IPv4-mapped IPv6 addresses count as their IPv4 one). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** A URL's host as an address or name, without IPv6 brackets. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** Why a webhook may not go to this URL, or null when it may. */
export async function targetFault(url: URL, allowPrivate: boolean): Promise<string | null> {
  if (allowPrivate) return null;
  const host = hostOf(url);
  if (isIP(host)) return isPrivateAddress(host) ? `${host} is a loopback, private or reserved address` : null;
  let addresses: LookupAddress[];
  try {
    addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
      dnsLookup(host, { all: true, verbatim: true }, (error, found) => (error ? reject(error) : resolve(found))),
    );
  } catch (error) {
    return `${host} could not be resolved (${(error as NodeJS.ErrnoException).code ?? 'lookup failed'})`;
  }
  const refused = addresses.find((a) => isPrivateAddress(a.address));
  return refused ? `${host} resolves to ${refused.address}, a loopback, private or reserved address` : null;
}

export class TargetRefusedError extends Error {
  readonly code = 'ETARGETREFUSED';
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that resolves the host and refuses the
 * connection when any address is private. The socket connects to the very
 * address checked here, so a DNS answer that changes between a check and the
 * connection (DNS rebinding) cannot slip through.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { family?: number; all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { family: options.family ?? 0, all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (refused) return callback(new TargetRefusedError(`${hostname} resolves to ${refused.address}, a loopback, private or reserved address`), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
