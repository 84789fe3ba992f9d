import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// A monitoring system authenticates with a per-launch token, not a user session. Only its hash is
// stored; the token is shown once, when the lead creates it.
export const newMetricsToken = () => `lc_${randomBytes(24).toString("base64url")}`;
export const hashMetricsToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function tokenMatches(token: string, hash: string | null): boolean {
  if (!hash) return false;
  const given = Buffer.from(hashMetricsToken(token), "hex");
  const stored = Buffer.from(hash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
