import { z } from "zod";

// Every kind of audit event, with the shape of its data. New kinds are added here first, so the
// activity feed, the realtime clients and the audit log agree on what each event carries. Events
// about a section's content carry `sectionId` at the top, so the feed can filter by section.
const person = z.object({ id: z.string(), name: z.string() });
const itemStatus = z.enum(["todo", "in_progress", "done", "blocked", "not_applicable"]);
const launchStatus = z.enum([
  "planning",
  "ready",
  "in_progress",
  "monitoring",
  "completed",
  "rolled_back",
  "aborted",
  "on_hold",
  "rolling_back",
]);
const role = z.enum(["lead", "sponsor", "member", "viewer"]);
const changes = z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }));

export const checklistItemData = z.object({
  id: z.string(),
  sectionId: z.string(),
  parentId: z.string().nullable(),
  title: z.string(),
  details: z.string(),
  owner: person.nullable(),
  ownerLabel: z.string(),
  stepId: z.string().nullable(),
  dueAt: z.string().nullable(),
  status: itemStatus,
  statusReason: z.string(),
  required: z.boolean(),
  howToVerify: z.string(),
  evidence: z.string(),
  position: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: person.nullable(),
});

export const sectionData = z.object({
  id: z.string(),
  title: z.string(),
  position: z.number().int(),
  version: z.number().int(),
});

export const memberData = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role,
  function: z.string(),
  version: z.number().int(),
});

export const launchFieldsData = z.object({
  id: z.string(),
  name: z.string(),
  system: z.string(),
  description: z.string(),
  timezone: z.string(),
  goLiveAt: z.string().nullable(),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  status: launchStatus,
  isRehearsal: z.boolean(),
  clonedFromId: z.string().nullable(),
  archivedAt: z.string().nullable(),
  membersUpdateAnyItem: z.boolean(),
  /** Planned messages of a rehearsal go out for real (not in test mode). */
  commsLive: z.boolean().optional(),
  checkpointEveryMinutes: z.number().int().nullable(),
  checkpointsFrom: z.string().nullable(),
  checkpointsUntil: z.string().nullable(),
  /** Checkpoints the plan adds outside the cadence, as instants. */
  checkpointExtraTimes: z.array(z.string()).optional(),
  hasMetricsToken: z.boolean(),
  lessonsLearned: z.string(),
  autoStartSteps: z.boolean(),
  rehearsalIds: z.array(z.string()),
  version: z.number().int(),
});

export const stepStatusSchema = z.enum(["pending", "in_progress", "done", "skipped", "failed"]);
export const stepKindSchema = z.enum(["task", "milestone", "validation", "communication", "decision"]);

/** One rehearsal's measurement of a step: its actual minutes, or null when it did not finish there. */
export const rehearsalActualData = z.object({
  launchId: z.string(),
  launchName: z.string(),
  minutes: z.number().nullable(),
  status: stepStatusSchema,
});

export const stepData = z.object({
  id: z.string(),
  title: z.string(),
  phase: z.string(),
  owner: person.nullable(),
  ownerLabel: z.string(),
  plannedStart: z.string().nullable(),
  plannedOffsetMinutes: z.number().int().nullable(),
  plannedMinutes: z.number().int(),
  status: stepStatusSchema,
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  notes: z.string(),
  isMilestone: z.boolean(),
  isGoLive: z.boolean(),
  kind: stepKindSchema,
  autoStart: z.boolean(),
  fixedStart: z.boolean(),
  pointOfNoReturn: z.boolean(),
  forcedReason: z.string(),
  systemNote: z.string(),
  outcome: z.enum(["pass", "fail"]).nullable(),
  evidence: z.string(),
  communicationId: z.string().nullable(),
  rehearsalActuals: z.array(rehearsalActualData),
  predecessorIds: z.array(z.string()),
  position: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: person.nullable(),
});

const signOffData = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  role: role,
  function: z.string(),
  verdict: z.enum(["go", "no_go"]),
  comment: z.string(),
  createdAt: z.string(),
});

export const gateRoundData = z.object({
  id: z.string(),
  number: z.number().int(),
  openedAt: z.string(),
  decision: z.enum(["go", "no_go", "hold"]).nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: person.nullable(),
  comment: z.string(),
  override: z.boolean(),
  overrideReason: z.string(),
  /** The evaluation at the moment of the decision (what was met and missing). */
  evaluation: z.unknown().nullable(),
  signOffs: z.array(signOffData),
});

export const gateData = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  stepId: z.string().nullable(),
  criteria: z.object({
    sectionIds: z.array(z.string()),
    itemIds: z.array(z.string()),
    signoffs: z.array(
      z.object({
        by: z.enum(["role", "function"]),
        value: z.string(),
        rule: z.enum(["all", "atLeast"]),
        count: z.number().int(),
      }),
    ),
  }),
  position: z.number().int(),
  rounds: z.array(gateRoundData),
  version: z.number().int(),
});

export const ackRequestData = z.object({
  id: z.string(),
  message: z.string(),
  createdAt: z.string(),
  createdBy: person.nullable(),
  acks: z.array(z.object({ userId: z.string(), name: z.string(), at: z.string() })),
});

const comparator = z.enum(["lt", "lte", "gt", "gte", "eq"]);

export const metricData = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  comparator,
  threshold: z.number(),
  warnThreshold: z.number().nullable(),
  position: z.number().int(),
  version: z.number().int(),
});

export const triggerData = z.object({
  id: z.string(),
  kind: z.enum(["metric", "critical_incident", "consecutive_failures", "validation_failed", "manual"]),
  metricId: z.string().nullable(),
  comparator: comparator.nullable(),
  threshold: z.number().nullable(),
  count: z.number().int(),
  description: z.string(),
  version: z.number().int(),
});

export const checkpointData = z.object({
  id: z.string(),
  number: z.number().int(),
  version: z.number().int(),
  dueAt: z.string().nullable(),
  submittedAt: z.string(),
  author: person.nullable(),
  assessment: z.enum(["green", "amber", "red"]),
  decision: z.enum(["continue", "hold", "rollback"]),
  notes: z.string(),
  standup: z.array(z.object({ function: z.string(), status: z.string() })),
  values: z.array(z.object({ metricId: z.string(), value: z.number() })),
});

export const incidentData = z.object({
  id: z.string(),
  title: z.string(),
  severity: z.enum(["critical", "high", "medium", "low"]),
  status: z.enum(["open", "investigating", "mitigated", "resolved"]),
  owner: person.nullable(),
  openedAt: z.string(),
  resolvedAt: z.string().nullable(),
  impact: z.string(),
  notes: z.string(),
  version: z.number().int(),
});

export const communicationTimingData = z.object({
  timeAnchor: z.enum(["absolute", "goLive", "stepStart", "stepComplete", "checkpoint"]),
  offsetMinutes: z.number().int(),
  anchorStepId: z.string().nullable(),
  anchorCheckpoint: z.number().int().nullable(),
  repeatEveryMinutes: z.number().int().nullable(),
  repeatForMinutes: z.number().int().nullable(),
  /** Occurrences sent so far and in all (1 unless recurring). */
  occurrencesSent: z.number().int(),
  occurrences: z.number().int(),
});

export const communicationData = z.object({
  id: z.string(),
  /** The next (resolved) send time; null while its anchor (a step, a checkpoint, go-live) has not happened. */
  dueAt: z.string().nullable(),
  /** How its time is set; absent in events recorded before relative and recurring times existed. */
  timing: communicationTimingData.optional(),
  audience: z.string(),
  channel: z.string(),
  text: z.string(),
  sentAt: z.string().nullable(),
  sentBy: person.nullable(),
  /** Channels that send it by themselves at dueAt; the text as rendered when it was sent. */
  channelIds: z.array(z.string()).optional(),
  sentText: z.string().optional(),
  version: z.number().int(),
});

// An outbound channel as the audit log and the API show it: never its secret, and a Slack/Teams URL
// (which is itself a credential) only as its host.
export const channelData = z.object({
  id: z.string(),
  kind: z.enum(["webhook", "slack", "teams", "email"]),
  name: z.string(),
  target: z.string(),
  eventTypes: z.array(z.string()),
  enabled: z.boolean(),
  createdAt: z.string(),
  version: z.number().int(),
});

export const statusPageData = z.object({
  enabled: z.boolean(),
  headline: z.string(),
  showPhase: z.boolean(),
  showForecast: z.boolean(),
  showIncidents: z.boolean(),
  showMessages: z.boolean(),
  version: z.number().int(),
});

export const probeData = z.object({
  id: z.string(),
  itemId: z.string().nullable(),
  /** The validation step it passes or fails; absent in events recorded before step probes existed. */
  stepId: z.string().nullable().optional(),
  jsonPath: z.string().optional(),
  jsonExpect: z.string().optional(),
  method: z.string(),
  url: z.string(),
  expectStatus: z.number().int(),
  bodyContains: z.string(),
  timeoutSeconds: z.number().int(),
  intervalSeconds: z.number().int(),
  version: z.number().int(),
});

export const sampleData = z.object({ metricId: z.string(), value: z.number(), at: z.string(), source: z.string() });

const stepRun = z.object({
  step: stepData,
  from: stepStatusSchema,
  openRequiredItems: z.array(z.string()).optional(),
  /** Linked items (required or not) that were open when the step was completed anyway. */
  openItems: z.array(z.string()).optional(),
  /** Started before its predecessors completed: the reason given, and the predecessors that were open. */
  forced: z
    .object({
      reason: z.string(),
      predecessors: z.array(z.object({ id: z.string(), title: z.string(), status: stepStatusSchema })),
    })
    .optional(),
  /** Started by the system: why (its predecessors completed, its fixed start came, or recovered on boot). */
  automatic: z
    .object({ cause: z.enum(["predecessors_done", "fixed_start", "boot_recovery"]), note: z.string() })
    .optional(),
});

const positions = z.array(
  z.object({ id: z.string(), sectionId: z.string(), parentId: z.string().nullable(), position: z.number().int() }),
);

export const auditEventData = {
  "launch.created": z.object({
    name: z.string(),
    sections: z.number().int(),
    items: z.number().int(),
    steps: z.number().int().optional(),
    messages: z.number().int().optional(),
    gates: z.number().int().optional(),
    triggers: z.number().int().optional(),
    source: z.string().optional(),
  }),
  "launch.updated": z.object({ launch: launchFieldsData, changes }),
  "launch.status_changed": z.object({
    launch: launchFieldsData,
    from: launchStatus,
    to: launchStatus,
    note: z.string(),
  }),
  /** Rehearsals linked (or unlinked): every step carries what they measured, for the calibrated forecast. */
  "launch.rehearsals_linked": z.object({
    launch: launchFieldsData,
    rehearsals: z.array(z.object({ id: z.string(), name: z.string() })),
    steps: z.array(stepData),
  }),
  "member.added": z.object({ member: memberData }),
  "member.updated": z.object({ member: memberData, changes }),
  "member.removed": z.object({ member: memberData }),
  "section.created": z.object({ sectionId: z.string(), section: sectionData }),
  "section.updated": z.object({ sectionId: z.string(), section: sectionData, changes }),
  "section.moved": z.object({ sectionId: z.string(), sections: z.array(sectionData) }),
  "section.deleted": z.object({ sectionId: z.string(), section: sectionData }),
  "section.restored": z.object({ sectionId: z.string(), section: sectionData, items: z.array(checklistItemData) }),
  "item.created": z.object({ sectionId: z.string(), item: checklistItemData, parents: z.array(checklistItemData) }),
  "item.updated": z.object({
    sectionId: z.string(),
    item: checklistItemData,
    changes,
    parents: z.array(checklistItemData),
  }),
  "item.moved": z.object({
    sectionId: z.string(),
    item: checklistItemData,
    positions,
    parents: z.array(checklistItemData),
  }),
  "item.deleted": z.object({
    sectionId: z.string(),
    item: checklistItemData,
    removedIds: z.array(z.string()),
    parents: z.array(checklistItemData),
  }),
  "item.restored": z.object({
    sectionId: z.string(),
    items: z.array(checklistItemData),
    parents: z.array(checklistItemData),
  }),
  "step.created": z.object({ step: stepData }),
  "step.updated": z.object({ step: stepData, changes }),
  "step.deleted": z.object({ step: stepData, successors: z.array(stepData) }),
  "step.started": stepRun,
  "step.completed": stepRun,
  "step.skipped": stepRun,
  "step.failed": stepRun,
  "step.reopened": stepRun,
  "step.corrected": z.object({ step: stepData, changes, reason: z.string() }),
  "gate.created": z.object({ gate: gateData }),
  "gate.updated": z.object({ gate: gateData, changes }),
  "gate.deleted": z.object({ gate: gateData }),
  "gate.round_opened": z.object({ gate: gateData, requestedUserIds: z.array(z.string()) }),
  "gate.signed": z.object({ gate: gateData, verdict: z.enum(["go", "no_go"]), comment: z.string() }),
  "gate.decided": z.object({
    gate: gateData,
    decision: z.enum(["go", "no_go", "hold"]),
    override: z.boolean(),
    overrideReason: z.string(),
    comment: z.string(),
  }),
  "ack.requested": z.object({ request: ackRequestData }),
  "ack.acknowledged": z.object({ request: ackRequestData }),
  "metric.saved": z.object({ metric: metricData }),
  "metric.deleted": z.object({ metric: metricData }),
  "trigger.saved": z.object({ trigger: triggerData }),
  "trigger.deleted": z.object({ trigger: triggerData }),
  "checkpoint.submitted": z.object({ checkpoint: checkpointData }),
  "metrics.pushed": z.object({ samples: z.array(sampleData) }),
  "incident.opened": z.object({ incident: incidentData }),
  "incident.updated": z.object({ incident: incidentData, changes }),
  "communication.saved": z.object({ communication: communicationData }),
  "communication.sent": z.object({ communication: communicationData }),
  "channel.saved": z.object({ channel: channelData, changes }),
  "channel.deleted": z.object({ channel: channelData }),
  "status_page.saved": z.object({ statusPage: statusPageData, changes }),
  "probe.saved": z.object({ probe: probeData }),
  "probe.deleted": z.object({ probe: probeData }),
  "probe.hosts_set": z.object({ hosts: z.array(z.string()) }),
  "delivery.requested": z.object({
    channel: channelData,
    deliveryId: z.string(),
    reason: z.enum(["test", "redeliver"]),
  }),
} as const;

export type AuditEventType = keyof typeof auditEventData;
export const auditEventTypes = Object.keys(auditEventData) as [AuditEventType, ...AuditEventType[]];
export const auditEventTypeSchema = z.enum(auditEventTypes);
export type AuditEventData<T extends AuditEventType> = z.infer<(typeof auditEventData)[T]>;
export type ChecklistItemData = z.infer<typeof checklistItemData>;
export type SectionData = z.infer<typeof sectionData>;
export type MemberData = z.infer<typeof memberData>;
export type LaunchFieldsData = z.infer<typeof launchFieldsData>;
export type StepData = z.infer<typeof stepData>;
export type GateData = z.infer<typeof gateData>;
export type GateRoundData = z.infer<typeof gateRoundData>;
export type AckRequestData = z.infer<typeof ackRequestData>;
export type MetricData = z.infer<typeof metricData>;
export type TriggerData = z.infer<typeof triggerData>;
export type CheckpointData = z.infer<typeof checkpointData>;
export type IncidentData = z.infer<typeof incidentData>;
export type CommunicationData = z.infer<typeof communicationData>;
export type SampleData = z.infer<typeof sampleData>;
export type ChannelData = z.infer<typeof channelData>;
export type StatusPageData = z.infer<typeof statusPageData>;
export type ProbeData = z.infer<typeof probeData>;
