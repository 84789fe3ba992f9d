import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelData } from "@/lib/audit/event-types";
import { open } from "@/lib/secrets/secret-box";

// What the API and the audit log show of a channel. The secret never leaves the server, a Slack or
// Teams URL (whose path is the credential) is shown only as its host, and URLs are stored sealed.
export const channelSelect = {
  id: true,
  kind: true,
  name: true,
  url: true,
  emailTo: true,
  eventTypes: true,
  enabled: true,
  createdAt: true,
  version: true,
} as const satisfies Prisma.OutboundChannelSelect;
type ChannelRow = Prisma.OutboundChannelGetPayload<{ select: typeof channelSelect }>;

function target(row: ChannelRow): string {
  if (row.kind === "email") return row.emailTo;
  let url: URL;
  try {
    url = new URL(open(row.url));
  } catch {
    return "(cannot be read with this server's key; re-enter the URL)";
  }
  // A generic webhook's address is shown without its query (which often carries a token).
  if (row.kind === "webhook") return `${url.origin}${url.pathname}`;
  return `${url.host}/…`;
}

export function channelView(row: ChannelRow): ChannelData {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    target: target(row),
    eventTypes: row.eventTypes,
    enabled: row.enabled,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export const deliverySelect = {
  id: true,
  channelId: true,
  eventType: true,
  eventSeq: true,
  isTest: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastError: true,
  responseCode: true,
  deliveredAt: true,
  createdAt: true,
} as const satisfies Prisma.OutboundDeliverySelect;

export function deliveryView(row: Prisma.OutboundDeliveryGetPayload<{ select: typeof deliverySelect }>) {
  return {
    ...row,
    nextAttemptAt: row.status === "pending" ? row.nextAttemptAt.toISOString() : null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
export type DeliveryView = ReturnType<typeof deliveryView>;
