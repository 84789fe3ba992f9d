// The literal-address half of the outbound host policy, with no Node imports, so the URL schema that
// uses it (lib/outbound/schemas.ts) can be imported by the browser through the route definitions.
// Resolving names at send time (node:dns) stays in host-policy.ts.

// The same address grammar as Node's net.isIP (lib/internal/net.js), so results do not depend on where it runs.
const v4Seg = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);
const v6Seg = "(?:[0-9a-fA-F]{1,4})";
const IPv6Reg = new RegExp(
  "^(?:" +
    `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
    `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
    `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
    `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
    `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
    `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
    `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
    `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
    ")(?:%[0-9a-zA-Z-.:]{1,})?$",
);

/** 4, 6 or 0, as Node's `net.isIP`. */
export function ipVersion(address: string): 0 | 4 | 6 {
  if (IPv4Reg.test(address)) return 4;
  if (IPv6Reg.test(address)) return 6;
  return 0;
}

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
  const kind = ipVersion(address);
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
