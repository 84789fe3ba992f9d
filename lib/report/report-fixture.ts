import { runningTheDayDefaults } from "@/lib/timeline/test-steps";
import type { ChecklistItemData, CheckpointData, GateData, MetricData, StepData } from "@/lib/audit/event-types";
import type { ReportInput } from "@/lib/report/report-input";

// A small launch, just big enough to show every part of a report: four steps (early, late, running,
// unplanned), two sections, a gate decided twice (HOLD, then GO with an override), two metrics, three
// checkpoints (one amended, one failing), a resolved critical incident and an open one, two messages.
// Europe/Berlin in November is UTC+1: 01:00Z is 02:00 on the launch's clock.

const dana = { id: "u-dana", name: "Dana Lead" };
const max = { id: "u-max", name: "Max Member" };

const step = (id: string, fields: Partial<StepData>): StepData => ({
  id,
  title: id,
  phase: "",
  owner: null,
  ownerLabel: "",
  plannedStart: null,
  plannedOffsetMinutes: null,
  plannedMinutes: 30,
  status: "pending",
  actualStart: null,
  actualEnd: null,
  notes: "",
  isMilestone: false,
  isGoLive: false,
  predecessorIds: [],
  position: 0,
  version: 1,
  updatedAt: "2026-11-28T00:00:00.000Z",
  updatedBy: null,
  ...runningTheDayDefaults,
  ...fields,
});

const item = (
  id: string,
  sectionId: string,
  status: ChecklistItemData["status"],
  required = false,
): ChecklistItemData => ({
  id,
  sectionId,
  parentId: null,
  title: id,
  details: "",
  owner: null,
  ownerLabel: "",
  stepId: null,
  dueAt: null,
  status,
  statusReason: "",
  required,
  howToVerify: "",
  evidence: "",
  position: 0,
  version: 1,
  updatedAt: "2026-11-28T00:00:00.000Z",
  updatedBy: null,
});

const p95: MetricData = {
  id: "m-p95",
  key: "p95_ms",
  name: "p95 latency",
  unit: "ms",
  comparator: "lt",
  threshold: 500,
  warnThreshold: 400,
  position: 0,
};
const errors: MetricData = {
  id: "m-err",
  key: "error_rate",
  name: "Error rate",
  unit: "%",
  comparator: "lt",
  threshold: 0.1,
  warnThreshold: null,
  position: 1,
};

const checkpoint = (
  number: number,
  version: number,
  dueAt: string,
  submittedAt: string,
  values: [number, number],
  rest: Partial<CheckpointData> = {},
): CheckpointData => ({
  id: `cp-${number}-${version}`,
  number,
  version,
  dueAt,
  submittedAt,
  author: dana,
  assessment: "green",
  decision: "continue",
  notes: "",
  standup: [],
  values: [
    { metricId: p95.id, value: values[0] },
    { metricId: errors.id, value: values[1] },
  ],
  ...rest,
});

const gate: GateData = {
  id: "g-1",
  title: "Cutover go / no-go",
  description: "",
  stepId: null,
  position: 0,
  criteria: { sectionIds: [], itemIds: [], signoffs: [] },
  rounds: [
    {
      id: "r-1",
      number: 1,
      openedAt: "2026-11-28T00:40:00.000Z",
      decision: "hold",
      decidedAt: "2026-11-28T00:50:00.000Z",
      decidedBy: { id: "u-sam", name: "Sam Sponsor" },
      comment: "Replica lag 40 s",
      override: false,
      overrideReason: "",
      evaluation: null,
      signOffs: [
        {
          id: "s-1",
          userId: dana.id,
          userName: dana.name,
          role: "lead",
          function: "Release Manager",
          verdict: "go",
          comment: "",
          createdAt: "2026-11-28T00:45:00.000Z",
        },
      ],
    },
    {
      id: "r-2",
      number: 2,
      openedAt: "2026-11-28T00:52:00.000Z",
      decision: "go",
      decidedAt: "2026-11-28T00:58:00.000Z",
      decidedBy: { id: "u-sam", name: "Sam Sponsor" },
      comment: "",
      override: true,
      overrideReason: "Lag accepted | below 5 s",
      evaluation: null,
      signOffs: [
        {
          id: "s-3",
          userId: max.id,
          userName: max.name,
          role: "member",
          function: "DevOps",
          verdict: "no_go",
          comment: "Still lagging",
          createdAt: "2026-11-28T00:56:00.000Z",
        },
        {
          id: "s-2",
          userId: dana.id,
          userName: dana.name,
          role: "lead",
          function: "Release Manager",
          verdict: "go",
          comment: "",
          createdAt: "2026-11-28T00:55:00.000Z",
        },
      ],
    },
  ],
};

export const reportFixture: ReportInput = {
  id: "launch-1",
  name: "Payments Cutover",
  system: "Payments platform",
  timezone: "Europe/Berlin",
  status: "monitoring",
  isRehearsal: false,
  goLiveAt: "2026-11-28T01:00:00.000Z",
  windowStart: "2026-11-28T00:00:00.000Z",
  windowEnd: "2026-11-28T05:00:00.000Z",
  steps: [
    step("Freeze deploys", {
      phase: "Prep",
      plannedStart: "2026-11-28T00:30:00.000Z",
      plannedMinutes: 30,
      status: "done",
      actualStart: "2026-11-28T00:35:00.000Z",
      actualEnd: "2026-11-28T01:10:00.000Z",
      position: 0,
    }),
    step("Switch traffic", {
      phase: "Cutover",
      plannedOffsetMinutes: 0,
      plannedMinutes: 20,
      status: "done",
      actualStart: "2026-11-28T01:10:00.000Z",
      actualEnd: "2026-11-28T01:25:00.000Z",
      isGoLive: true,
      position: 1,
    }),
    step("Smoke tests", {
      phase: "Verify",
      plannedOffsetMinutes: 20,
      plannedMinutes: 45,
      status: "in_progress",
      actualStart: "2026-11-28T01:30:00.000Z",
      position: 2,
    }),
    step("Hand over", { phase: "Verify", plannedMinutes: 15, position: 3 }),
  ],
  sections: [
    {
      id: "s-pre",
      title: "Pre-flight",
      position: 0,
      items: [
        item("Backups", "s-pre", "done"),
        item("Runbook", "s-pre", "done"),
        item("DNS TTL", "s-pre", "todo", true),
      ],
    },
    {
      id: "s-ver",
      title: "Verification",
      position: 1,
      items: [item("Smoke", "s-ver", "done"), item("Legacy", "s-ver", "not_applicable")],
    },
  ],
  gates: [gate],
  metrics: [p95, errors],
  checkpoints: [
    checkpoint(1, 1, "2026-11-28T01:30:00.000Z", "2026-11-28T01:32:00.000Z", [250, 0]),
    checkpoint(2, 1, "2026-11-28T02:00:00.000Z", "2026-11-28T02:03:00.000Z", [620, 0.05], {
      assessment: "amber",
      decision: "hold",
    }),
    checkpoint(2, 2, "2026-11-28T02:00:00.000Z", "2026-11-28T02:10:00.000Z", [640, 0.05], {
      assessment: "red",
      decision: "hold",
      notes: "p95 spike\ncache cold",
      author: max,
    }),
    checkpoint(3, 1, "2026-11-28T02:30:00.000Z", "2026-11-28T02:31:00.000Z", [380, 0.02]),
  ],
  incidents: [
    {
      id: "i-2",
      title: "Slow reports",
      severity: "low",
      status: "open",
      owner: null,
      openedAt: "2026-11-28T02:20:00.000Z",
      resolvedAt: null,
      impact: "",
      notes: "",
      version: 1,
    },
    {
      id: "i-1",
      title: "Payments API 502s",
      severity: "critical",
      status: "resolved",
      owner: max,
      openedAt: "2026-11-28T01:40:00.000Z",
      resolvedAt: "2026-11-28T02:25:00.000Z",
      impact: "3% of card payments failed",
      notes: "=rollback of pool size",
      version: 4,
    },
  ],
  communications: [
    {
      id: "c-1",
      dueAt: "2026-11-28T01:30:00.000Z",
      audience: "Stakeholders",
      channel: "Email",
      text: "{launch} is live",
      sentAt: "2026-11-28T01:31:00.000Z",
      sentBy: dana,
    },
    {
      id: "c-2",
      dueAt: "2026-11-28T03:00:00.000Z",
      audience: "Support",
      channel: "Chat",
      text: "Status: {status}",
      sentAt: null,
      sentBy: null,
    },
  ],
  lessonsLearned: "Warm the cache before switching traffic.",
};

export const reportNow = new Date("2026-11-28T03:00:00.000Z");
