import { createHash } from "node:crypto";

/**
 * A stable job id (UUID-shaped, as pg-boss requires) for a caller's own key, e.g. "auto-start:<stepId>".
 * Scheduling the same key twice — from two instances, or again after a restart — then inserts nothing
 * the second time, instead of running the work twice.
 */
export function jobIdForKey(jobName: string, key: string): string {
  const hex = createHash("sha256").update(`${jobName}\u0000${key}`).digest("hex");
  // Version 5-style layout (name-based) so that any UUID parser accepts it.
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
