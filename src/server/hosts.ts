import { isIP } from 'node:net';

/** Whether a listen address only accepts connections from this machine (reads may then go without a token). */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (h.startsWith('::ffff:')) return isLoopback(h.slice(7));
  return false;
}

/** The host name of a Host header, without its port ('[::1]:8080' → '::1'); null when there is none. */
export function hostName(header: string | undefined): string | null {
  if (!header) return null;
  const h = header.trim().toLowerCase();
  const v6 = /^\[([^\]]+)\](?::\d+)?$/.exec(h);
  if (v6) return v6[1]!;
  return h.replace(/:\d+$/, '');
}

/**
 * Whether a request to a loopback server names this machine. A page elsewhere can point its own domain at
 * 127.0.0.1 (DNS rebinding) and read what this server answers without a token; its requests still carry
 * that domain in Host, so only loopback names are served.
 */
export function namesThisMachine(header: string | undefined): boolean {
  const name = hostName(header);
  return name !== null && isLoopback(name);
}
