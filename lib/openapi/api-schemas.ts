import { z } from "zod";
import { ackRequestData, checklistItemData, gateData, launchFieldsData, memberData, sectionData, stepData, stepStatusSchema } from "@/lib/audit/event-types";

// Response shapes for the API description, composed from the same schemas the audit events and
// realtime envelope use, so the document cannot drift from what the server sends.
export const errorBody = z
  .object({
    error: z.string().describe("What went wrong, in words a person can act on."),
    code: z.enum(["unauthenticated", "forbidden", "not_found", "conflict", "invalid", "rate_limited", "unavailable"]),
    fields: z.record(z.string(), z.array(z.string())).optional().describe("Per-field messages for invalid input."),
    current: checklistItemData.optional().describe("On a 409 about an item: its current state on the server."),
  })
  .meta({ id: "Error" });

/** 409 from starting or completing a step: what needs a decision before it can go ahead. */
export const stepConflictBody = errorBody
  .omit({ current: true })
  .extend({
    predecessors: z
      .array(z.object({ id: z.string(), title: z.string(), status: stepStatusSchema }))
      .optional()
      .describe("Start: the predecessors that are not done or skipped. Send force: true with a reason to start anyway."),
    needsConfirmation: z
      .union([z.literal(true), z.enum(["predecessors", "fixedStart", "pointOfNoReturn"])])
      .optional()
      .describe("What to confirm: predecessors / fixedStart (force + reason), pointOfNoReturn (confirmPointOfNoReturn, lead only), true: open linked items (confirmOpenItems)."),
    fixedStart: z.string().optional().describe("Start of a fixed-start step that is not yet due."),
    openItems: z.array(z.string()).optional().describe("Complete: linked checklist items still open (required or not)."),
    openRequiredItems: z.array(z.string()).optional().describe("Complete: the required ones among openItems."),
    current: stepData.optional().describe("The step's current state when it is not in a status the action applies to."),
  })
  .meta({ id: "StepConflict" });

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
