import { isIP } from "node:net";
import { lookup } from "node:dns/promises";

// Outbound URLs come from people, and the server will fetch them: without this check it could be
// pointed at its own database port or a cloud metadata endpoint. Literal addresses and localhost are
// refused when a channel is saved; names are resolved again just before each send (DNS can change).

const PRIVATE_V4: [number, number][] = [
  [0x0a000000, 8], // 10/8
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local, incl. cloud metadata 169.254.169.254
  [0xac100000, 12], // 172.16/12
  [0xc0a80000, 16], // 192.168/16
  [0x64400000, 10], // carrier-grade NAT 100.64/10
  [0x00000000, 8], // "this network"
];

function v4ToInt(address: string): number {
  return address.split(".").reduce((sum, part) => sum * 256 + Number(part), 0);
}

export function isPrivateAddress(address: string): boolean {
  const kind = isIP(address);
  if (kind === 4) {
    const value = v4ToInt(address);
    return PRIVATE_V4.some(([base, bits]) => value >>> (32 - bits) === base >>> (32 - bits));
  }
  if (kind === 6) {
    const lower = address.toLowerCase();
    const mapped = lower.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
    if (mapped) return isPrivateAddress(mapped[1]!);
    return (
      lower === "::1" || lower === "::" || lower.startsWith("fc") || lower.startsWith("fd") || lower.startsWith("fe80")
    );
  }
  return false;
}

/** Why this hostname may not be used while private hosts are not allowed, or null when it may. */
export function privateHostReason(hostname: string): string | null {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return `${hostname} is this server itself`;
  if (isPrivateAddress(host)) return `${hostname} is a private, loopback or link-local address`;
  return null;
}

/** Resolves a hostname at send time and refuses it if any of its addresses is private. */
export async function assertPublicHost(hostname: string): Promise<void> {
  const literal = privateHostReason(hostname);
  if (literal) throw new Error(`Refused: ${literal}.`);
  if (isIP(hostname.replace(/^\[|\]$/g, ""))) return;
  const addresses = await lookup(hostname, { all: true });
  const bad = addresses.find((entry) => isPrivateAddress(entry.address));
  if (bad) throw new Error(`Refused: ${hostname} resolves to the private address ${bad.address}.`);
}
