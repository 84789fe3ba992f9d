import { z } from "zod";
import {
  ackRequestData,
  checklistItemData,
  checkpointData,
  communicationData,
  gateData,
  incidentData,
  launchFieldsData,
  memberData,
  metricData,
  sectionData,
  stepData,
  triggerData,
  stepStatusSchema,
  channelData,
  probeData,
  statusPageData,
} from "@/lib/audit/event-types";
import { errorStatus } from "@/lib/errors";
import { planSeverityLevelSchema } from "@/lib/plans/plan";

// Response shapes for the API description, composed from the same schemas the audit events and
// realtime envelope use, so the document cannot drift from what the server sends.
export const errorBody = z
  .object({
    error: z.string().describe("What went wrong, in words a person can act on."),
    code: z.enum(Object.keys(errorStatus) as [keyof typeof errorStatus, ...(keyof typeof errorStatus)[]]),
    fields: z.record(z.string(), z.array(z.string())).optional().describe("Per-field messages for invalid input."),
    current: z
      .union([
        checklistItemData,
        incidentData,
        launchFieldsData,
        sectionData,
        gateData,
        memberData,
        metricData,
        triggerData,
        communicationData,
        channelData,
        statusPageData,
      ])
      .optional()
      .describe(
        "On a 409 about a stale `version`: the record's current state on the server (the shape its edit answers with).",
      ),
  })
  .meta({ id: "Error" });

// What a 500 says: nothing specific, and an id to report (the details stay in the server's log).
export const serverErrorBody = z
  .object({
    error: z.string().describe("A generic message; the cause is only in the server's log."),
    requestId: z.string().describe("Quote it when reporting the failure."),
  })
  .meta({ id: "ServerError" });
/** 409 from starting or completing a step: what needs a decision before it can go ahead. */
export const stepConflictBody = errorBody
  .omit({ current: true })
  .extend({
    predecessors: z
      .array(z.object({ id: z.string(), title: z.string(), status: stepStatusSchema }))
      .optional()
      .describe(
        "Start: the predecessors that are not done or skipped. Send force: true with a reason to start anyway.",
      ),
    needsConfirmation: z
      .union([z.literal(true), z.enum(["predecessors", "fixedStart", "pointOfNoReturn"])])
      .optional()
      .describe(
        "What to confirm: predecessors / fixedStart (force + reason), pointOfNoReturn (confirmPointOfNoReturn, lead only), true: open linked items (confirmOpenItems).",
      ),
    fixedStart: z.string().optional().describe("Start of a fixed-start step that is not yet due."),
    openItems: z
      .array(z.string())
      .optional()
      .describe("Complete: linked checklist items still open (required or not)."),
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

const progressCounts = {
  total: z.number().int().describe("Leaf items (a parent counts as its sub-items)."),
  done: z.number().int(),
  notApplicable: z.number().int(),
  inProgress: z.number().int(),
  blocked: z.number().int(),
  todo: z.number().int(),
  complete: z.number().int().describe("done + not applicable."),
  percent: z.number().int().describe("0–100, rounded down."),
};
const openRequiredItem = z.object({
  id: z.string(),
  title: z.string(),
  status: checklistItemData.shape.status,
  sectionId: z.string(),
});
const blockedItem = z.object({ id: z.string(), title: z.string(), reason: z.string(), sectionId: z.string() });

export const launchProgressBody = z
  .object({
    ...progressCounts,
    sections: z.array(
      z.object({
        ...progressCounts,
        sectionId: z.string(),
        title: z.string(),
        requiredOpen: z.array(openRequiredItem),
        blockedItems: z.array(blockedItem),
      }),
    ),
    requiredOpen: z.array(openRequiredItem),
    blockedItems: z.array(blockedItem),
    verdict: z.object({
      tone: z.enum(["empty", "idle", "progress", "blocked", "ready", "complete"]),
      label: z.string(),
    }),
  })
  .meta({ id: "LaunchProgress" });

export const snapshotBody = launchFieldsData
  .extend({
    seq: z.number().int().describe("The launch's latest event sequence number; apply events after it."),
    myRole: memberData.shape.role,
    members: z.array(memberData),
    sections: z.array(sectionData.extend({ items: z.array(checklistItemData) })),
    steps: z.array(stepData),
    gates: z.array(gateData),
    ackRequests: z.array(ackRequestData),
    severityLevels: z
      .array(planSeverityLevelSchema)
      .optional()
      .describe("The plan's incident severity definitions (meaning, response time), in order."),
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
    /** In the activity feed: the address and user agent the change came from. */
    origin: z.object({ ip: z.string(), userAgent: z.string() }).optional(),
    /** In the activity feed: the API token the change was made with. */
    token: z.object({ id: z.string(), name: z.string() }).optional(),
  })
  .meta({ id: "LaunchEvent" });

export const createdBody = z.object({ id: z.string() }).meta({ id: "Created" });

export const metricBody = metricData.meta({ id: "Metric" });
export const triggerBody = triggerData.meta({ id: "RollbackTrigger" });
export const checkpointBody = checkpointData.meta({ id: "Checkpoint" });
export const incidentBody = incidentData.meta({ id: "Incident" });
export const communicationBody = communicationData.meta({ id: "Communication" });

export const accountBody = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    isAdmin: z.boolean(),
    createdAt: z.string().optional(),
  })
  .meta({ id: "Account" });

export const templateSummaryBody = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    builtin: z.boolean(),
    sections: z.number().int(),
    items: z.number().int(),
  })
  .meta({ id: "TemplateSummary" });

export const deletedBody = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        deletedAt: z.string(),
        section: z.object({ id: z.string(), title: z.string() }),
      }),
    ),
    sections: z.array(z.object({ id: z.string(), title: z.string(), deletedAt: z.string(), items: z.number().int() })),
  })
  .meta({ id: "DeletedRecords" });

export const timelineForecastBody = z
  .object({
    now: z.string(),
    steps: z.record(
      z.string(),
      z.object({
        start: z.string(),
        end: z.string(),
        startVarianceMinutes: z.number(),
        endVarianceMinutes: z.number(),
        late: z.boolean(),
        critical: z.boolean(),
      }),
    ),
    unscheduled: z.array(z.string()),
    criticalPath: z.array(z.string()),
    goLive: z.object({
      planned: z.string().nullable(),
      forecast: z.string().nullable(),
      varianceMinutes: z.number().nullable(),
      stepId: z.string().nullable(),
    }),
    finish: z.string().nullable(),
  })
  .meta({ id: "TimelineForecast" });

export const importPreviewBody = z
  .object({
    title: z.string().nullable(),
    meta: z.record(z.string(), z.unknown()).describe("Launch fields found in the document (name, system, go-live…)."),
    plan: z.record(z.string(), z.unknown()).describe("The sections, items and steps the document becomes."),
    counts: z.object({
      sections: z.number().int(),
      items: z.number().int(),
      steps: z.number().int(),
      ignoredLines: z.number().int(),
    }),
    lines: z.array(z.record(z.string(), z.unknown())).describe("What happened to every line of the document."),
    warnings: z.array(z.string()),
  })
  .meta({ id: "ImportPreview" });

export const healthBody = z
  .object({ status: z.enum(["ok", "unavailable"]), db: z.enum(["ok", "unreachable"]) })
  .meta({ id: "Health" });
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

export const createdTokenBody = tokenBody
  .extend({ secret: z.string().describe("The token itself: shown in this answer only, never again.") })
  .meta({ id: "CreatedApiToken" });

export const serviceAccountBody = z
  .object({ id: z.string(), name: z.string(), email: z.string(), isServiceAccount: z.boolean() })
  .meta({ id: "ServiceAccount" });

export const accountStatusBody = z
  .object({ id: z.string(), name: z.string(), email: z.string(), deactivatedAt: z.string().nullable() })
  .meta({ id: "AccountStatus" });

export const instanceSettingsBody = z
  .object({ passwordSignIn: z.boolean(), sso: z.object({ name: z.string() }).nullable() })
  .meta({ id: "InstanceSettings" });

export const channelBody = channelData.meta({ id: "Channel" });
export const channelSecretBody = z
  .object({
    channel: channelBody,
    secret: z.string().nullable().describe("A webhook's signing secret: shown here once, never again."),
  })
  .meta({ id: "ChannelWithSecret" });
export const statusPageSettingsBody = statusPageData
  .extend({ url: z.string().describe("The public link (contains the token).") })
  .meta({ id: "StatusPageSettings" });
export const probeBody = probeData.meta({ id: "Probe" });
export const probeWithResultBody = probeData
  .extend({
    lastRunAt: z.string().nullable(),
    lastOk: z.boolean().nullable(),
    lastStatus: z.number().int().nullable(),
    lastError: z.string(),
  })
  .meta({ id: "ProbeWithResult" });
