import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProbeData } from "@/lib/audit/event-types";

export const probeSelect = {
  id: true,
  itemId: true,
  stepId: true,
  jsonPath: true,
  jsonExpect: true,
  method: true,
  url: true,
  expectStatus: true,
  bodyContains: true,
  timeoutSeconds: true,
  intervalSeconds: true,
  version: true,
} as const satisfies Prisma.ProbeSelect;
export const probeView = (row: Prisma.ProbeGetPayload<{ select: typeof probeSelect }>): ProbeData => ({ ...row });

/** "host" or "host:port" of a URL, the way the allow-list names it. */
export function hostOf(url: string): { host: string; hostname: string } {
  const parsed = new URL(url);
  return { host: parsed.host.toLowerCase(), hostname: parsed.hostname.toLowerCase() };
}

/** A host entry without a port allows any port on that host; with a port, only that port. */
export const hostAllowed = (url: string, allowList: string[]) => {
  const { host, hostname } = hostOf(url);
  return allowList.includes(host) || allowList.includes(hostname);
};
