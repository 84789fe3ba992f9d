import { z } from "zod";
import { ackRequestData, checklistItemData, gateData, launchFieldsData, memberData, sectionData, stepData } from "@/lib/audit/event-types";

// Response shapes for the API description, composed from the same schemas the audit events and
// realtime envelope use, so the document cannot drift from what the server sends.
export const errorBody = z
  .object({
    error: z.string().describe("What went wrong, in words a person can act on."),
    code: z.enum(["unauthenticated", "forbidden", "not_found", "conflict", "unsupported_media_type", "invalid", "rate_limited", "unavailable"]),
    fields: z.record(z.string(), z.array(z.string())).optional().describe("Per-field messages for invalid input."),
    current: checklistItemData.optional().describe("On a 409 about an item: its current state on the server."),
  })
  .meta({ id: "Error" });

export const itemBody = checklistItemData.meta({ id: "ChecklistItem" });
export const sectionBody = sectionData.meta({ id: "Section" });
export const stepBody = stepData.meta({ id: "TimelineStep" });
export const gateBody = gateData.meta({ id: "Gate" });
export const ackBody = ackRequestData.meta({ id: "AckRequest" });
export const memberBody = memberData.meta({ id: "Member" });
export const launchFieldsBody = launchFieldsData.meta({ id: "LaunchFields" });

export const snapshotBody = launchFieldsData
  .extend({
    seq: z.number().int().describe("The launch's latest event sequence number; apply events after it."),
    myRole: memberData.shape.role,
    members: z.array(memberData),
    sections: z.array(sectionData.extend({ items: z.array(checklistItemData) })),
    steps: z.array(stepData),
    gates: z.array(gateData),
    ackRequests: z.array(ackRequestData),
  })
  .meta({ id: "LaunchSnapshot" });

export const launchSummaryBody = z
  .object({
    id: z.string(),
    name: z.string(),
    system: z.string(),
    status: launchFieldsData.shape.status,
    goLiveAt: z.string().nullable(),
    isRehearsal: z.boolean(),
    archivedAt: z.string().nullable(),
    role: memberData.shape.role,
    items: z.number().int(),
    itemsDone: z.number().int(),
    itemsBlocked: z.number().int(),
  })
  .meta({ id: "LaunchSummary" });

export const eventBody = z
  .object({
    launchId: z.string(),
    seq: z.number().int(),
    type: z.string(),
    at: z.string(),
    actor: z.object({ id: z.string(), name: z.string() }).nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "LaunchEvent" });

export const createdBody = z.object({ id: z.string() }).meta({ id: "Created" });

export const tokenBody = z
  .object({
    id: z.string(),
    name: z.string(),
    scope: z.enum(["read", "write"]),
    prefix: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
    userId: z.string(),
  })
  .meta({ id: "ApiToken" });
