import type { LaunchEvent } from "@/lib/realtime/envelope";
import type { AuditEventData, ChecklistItemData } from "@/lib/audit/event-types";

export type EventContext = {
  sectionTitle: (sectionId: string) => string | undefined;
  itemTitle: (itemId: string) => string | undefined;
};

const statusWords: Record<string, string> = {
  todo: "to do",
  in_progress: "in progress",
  done: "done",
  blocked: "blocked",
  not_applicable: "not applicable",
};
const fieldWords: Record<string, string> = {
  title: "title",
  details: "details",
  ownerId: "owner",
  dueAt: "due time",
  required: "required flag",
  howToVerify: "how to verify",
  evidence: "evidence",
  statusReason: "reason",
  goLiveAt: "go-live",
  windowStart: "window start",
  windowEnd: "window end",
  membersUpdateAnyItem: "member permissions",
  autoStartSteps: "auto-start by default",
  plannedStart: "planned start",
  plannedOffsetMinutes: "planned start",
  plannedMinutes: "duration",
  predecessorIds: "predecessors",
  phase: "phase",
  notes: "notes",
  stepId: "timeline step",
  actualStart: "actual start",
  actualEnd: "actual end",
};
const q = (title: string) => `'${title}'`;
const fields = (changes: Record<string, unknown>) =>
  Object.keys(changes)
    .map((key) => fieldWords[key] ?? key)
    .join(", ");

function itemUpdate(item: ChecklistItemData, changes: Record<string, { from: unknown; to: unknown }>): string {
  const status = changes.status;
  if (status) {
    switch (status.to) {
      case "done":
        return `marked ${q(item.title)} done`;
      case "blocked":
        return `blocked ${q(item.title)}${item.statusReason ? `: ${item.statusReason}` : ""}`;
      case "not_applicable":
        return `marked ${q(item.title)} not applicable${item.statusReason ? `: ${item.statusReason}` : ""}`;
      case "in_progress":
        return `started ${q(item.title)}`;
      default:
        return status.from === "done" ? `reopened ${q(item.title)}` : `set ${q(item.title)} back to to do`;
    }
  }
  if (changes.statusReason && item.statusReason)
    return `updated why ${q(item.title)} is ${statusWords[item.status]}: ${item.statusReason}`;
  if (changes.ownerId && Object.keys(changes).length === 1)
    return item.owner ? `assigned ${q(item.title)} to ${item.owner.name}` : `unassigned ${q(item.title)}`;
  if (changes.evidence && Object.keys(changes).length === 1) return `added evidence to ${q(item.title)}`;
  if (changes.title) return `renamed ${q(String(changes.title.from))} to ${q(item.title)}`;
  return `edited ${q(item.title)} (${fields(changes)})`;
}

function startedWhy(data: AuditEventData<"step.started">): string {
  if (data.forced)
    return ` before ${data.forced.predecessors.map((p) => q(p.title)).join(", ") || "its fixed start"} — anyway: ${data.forced.reason}`;
  if (data.automatic?.note) return ` (${data.automatic.note})`;
  if (data.automatic?.cause === "fixed_start") return " at its fixed start";
  if (data.automatic) return " as its predecessors completed";
  return "";
}

function completedWith(data: AuditEventData<"step.completed">): string {
  if (data.openRequiredItems?.length)
    return ` with ${data.openRequiredItems.length} required item(s) still open (confirmed)`;
  if (data.openItems?.length) return ` with ${data.openItems.length} linked item(s) still open (confirmed)`;
  if (data.step.outcome) return `: ${data.step.outcome === "pass" ? "passed" : "failed"}`;
  return "";
}

/** One event as a sentence without the actor's name: "marked 'Backups verified' done". */
export function describeEvent(event: LaunchEvent, context: EventContext): string {
  const section = (id: string) => context.sectionTitle(id) ?? "a deleted section";
  switch (event.type) {
    case "launch.created":
      return `created the launch ${q(event.data.name)}`;
    case "launch.updated":
      return `updated the launch (${fields(event.data.changes)})`;
    case "launch.rehearsals_linked":
      return event.data.rehearsals.length > 0
        ? `calibrated the forecast with ${event.data.rehearsals.map((r) => q(r.name)).join(", ")}`
        : "unlinked the rehearsals from the forecast";
    case "launch.status_changed":
      return `changed the launch status from ${event.data.from.replace("_", " ")} to ${event.data.to.replace("_", " ")}${event.data.note ? `: ${event.data.note}` : ""}`;
    case "member.added":
      return `added ${event.data.member.name} as ${event.data.member.role}`;
    case "member.updated":
      return `updated ${event.data.member.name} (${fields(event.data.changes)})`;
    case "member.removed":
      return `removed ${event.data.member.name} from the launch`;
    case "section.created":
      return `added section ${q(event.data.section.title)}`;
    case "section.updated":
      return event.data.changes.title
        ? `renamed section ${q(String(event.data.changes.title.from))} to ${q(event.data.section.title)}`
        : `updated section ${q(event.data.section.title)}`;
    case "section.moved": {
      const moved = event.data.sections.find((s) => s.id === event.data.sectionId);
      return `moved section ${q(moved?.title ?? section(event.data.sectionId))} to position ${(moved?.position ?? 0) + 1}`;
    }
    case "section.deleted":
      return `deleted section ${q(event.data.section.title)}`;
    case "section.restored":
      return `restored section ${q(event.data.section.title)}`;
    case "item.created": {
      const parent = event.data.item.parentId && context.itemTitle(event.data.item.parentId);
      return `added ${q(event.data.item.title)} ${parent ? `under ${q(parent)}` : `to ${section(event.data.sectionId)}`}`;
    }
    case "item.updated":
      return itemUpdate(event.data.item, event.data.changes);
    case "item.moved": {
      const parent = event.data.item.parentId && context.itemTitle(event.data.item.parentId);
      return `moved ${q(event.data.item.title)} ${parent ? `under ${q(parent)}` : `to ${section(event.data.sectionId)}`}`;
    }
    case "item.deleted": {
      const more = event.data.removedIds.length - 1;
      return `deleted ${q(event.data.item.title)}${more > 0 ? ` and ${more} sub-item${more === 1 ? "" : "s"}` : ""}`;
    }
    case "item.restored": {
      const ids = new Set(event.data.items.map((item) => item.id));
      const root = event.data.items.find((item) => !item.parentId || !ids.has(item.parentId));
      return `restored ${q(root?.title ?? "an item")}`;
    }
    case "step.created":
      return `added step ${q(event.data.step.title)} to the timeline`;
    case "step.updated":
      return `edited step ${q(event.data.step.title)} (${fields(event.data.changes)})`;
    case "step.deleted":
      return `removed step ${q(event.data.step.title)} from the timeline`;
    case "step.started":
      return `${event.data.automatic ? "auto-started" : "started"} ${q(event.data.step.title)}${startedWhy(event.data)}`;
    case "step.completed":
      return `completed ${q(event.data.step.title)}${completedWith(event.data)}`;
    case "step.skipped":
      return `skipped ${q(event.data.step.title)}`;
    case "step.failed":
      return `marked ${q(event.data.step.title)} failed`;
    case "step.reopened":
      return `reopened ${q(event.data.step.title)}`;
    case "step.corrected":
      return `corrected the times of ${q(event.data.step.title)}: ${event.data.reason}`;
    case "gate.created":
      return `added the gate ${q(event.data.gate.title)}`;
    case "gate.updated":
      return `changed the gate ${q(event.data.gate.title)} (${fields(event.data.changes)})`;
    case "gate.deleted":
      return `removed the gate ${q(event.data.gate.title)}`;
    case "gate.round_opened":
      return `opened ${q(event.data.gate.title)} for sign-off (round ${event.data.gate.rounds.at(-1)?.number ?? 1})`;
    case "gate.signed":
      return `signed ${event.data.verdict === "go" ? "GO" : "NO-GO"} on ${q(event.data.gate.title)}${event.data.comment ? `: ${event.data.comment}` : ""}`;
    case "gate.decided":
      return `decided ${event.data.decision === "go" ? "GO" : event.data.decision === "no_go" ? "NO-GO" : "HOLD"} on ${q(event.data.gate.title)}${event.data.override ? ` — OVERRIDE: ${event.data.overrideReason}` : ""}${event.data.comment ? ` (${event.data.comment})` : ""}`;
    case "ack.requested":
      return `asked everyone to acknowledge: ${q(event.data.request.message)}`;
    case "ack.acknowledged":
      return `acknowledged ${q(event.data.request.message)}`;
    case "metric.saved":
      return `set the success criterion ${q(event.data.metric.name)}`;
    case "metric.deleted":
      return `removed the success criterion ${q(event.data.metric.name)}`;
    case "trigger.saved":
      return `set a rollback trigger${event.data.trigger.description ? `: ${event.data.trigger.description}` : ""}`;
    case "trigger.deleted":
      return `removed a rollback trigger`;
    case "checkpoint.submitted": {
      const c = event.data.checkpoint;
      return `${c.version > 1 ? `amended checkpoint ${c.number} (version ${c.version})` : `submitted checkpoint ${c.number}`}: ${c.assessment}, decision ${c.decision}`;
    }
    case "metrics.pushed":
      return `pushed ${event.data.samples.length} metric value${event.data.samples.length === 1 ? "" : "s"}`;
    case "incident.opened":
      return `opened a ${event.data.incident.severity} incident: ${q(event.data.incident.title)}`;
    case "incident.updated":
      return `updated incident ${q(event.data.incident.title)} (${event.data.incident.status})`;
    case "communication.saved":
      return `planned a message to ${event.data.communication.audience} (${event.data.communication.channel})`;
    case "communication.sent":
      return `marked the message to ${event.data.communication.audience} sent`;
    case "channel.saved":
      return `${"kind" in event.data.changes ? "added" : "changed"} the ${event.data.channel.kind} channel ${q(event.data.channel.name)}`;
    case "channel.deleted":
      return `removed the ${event.data.channel.kind} channel ${q(event.data.channel.name)}`;
    case "status_page.saved":
      return "token" in event.data.changes
        ? "replaced the public status page link"
        : event.data.statusPage.enabled
          ? `updated the public status page (${fields(event.data.changes)})`
          : "turned the public status page off";
    case "probe.saved":
      return `set a health probe: ${event.data.probe.method} ${event.data.probe.url} → ${event.data.probe.expectStatus}${event.data.probe.jsonPath ? `, ${event.data.probe.jsonPath}${event.data.probe.jsonExpect ? ` == ${event.data.probe.jsonExpect}` : ""}` : ""}`;
    case "probe.deleted":
      return `removed the health probe on ${event.data.probe.url}`;
    case "probe.hosts_set":
      return `allowed probes to call ${event.data.hosts.length ? event.data.hosts.join(", ") : "no host"}`;
    case "delivery.requested":
      return `${event.data.reason === "test" ? "sent a test to" : "redelivered to"} ${q(event.data.channel.name)}`;
  }
}

/** The whole sentence, for screen readers: "Dana Lead marked 'Backups verified' done". */
export const eventSentence = (event: LaunchEvent, context: EventContext) =>
  `${event.actor?.name ?? "The system"} ${describeEvent(event, context)}`;

export const eventFamily = (type: string) =>
  type.split(".")[0] as
    | "launch"
    | "member"
    | "section"
    | "item"
    | "step"
    | "gate"
    | "ack"
    | "metric"
    | "trigger"
    | "checkpoint"
    | "metrics"
    | "incident"
    | "communication"
    | "channel"
    | "delivery"
    | "status_page"
    | "probe";
