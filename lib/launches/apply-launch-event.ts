import { byDueAt } from "@/lib/comms/message-time";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import type { LaunchSnapshot, SnapshotSection } from "@/lib/launches/get-launch-snapshot";
import type { ChecklistItemData, SectionData, StepData } from "@/lib/audit/event-types";
import { treeOrder } from "@/lib/checklists/tree-order";

/** A snapshot with one event applied; pure, so every screen computes the same state from the same events. */
export function applyLaunchEvent(snapshot: LaunchSnapshot, event: LaunchEvent): LaunchSnapshot {
  const next: LaunchSnapshot = { ...snapshot, seq: event.seq };
  switch (event.type) {
    case "launch.created":
      return next;
    case "launch.updated":
    case "launch.status_changed":
      return { ...next, ...event.data.launch };
    case "launch.rehearsals_linked":
      return upsertSteps({ ...next, ...event.data.launch }, event.data.steps);
    case "member.added":
    case "member.updated":
      return {
        ...next,
        members: [...next.members.filter((m) => m.userId !== event.data.member.userId), event.data.member],
        myRole: next.myRole,
      };
    case "member.removed":
      return { ...next, members: next.members.filter((m) => m.userId !== event.data.member.userId) };
    case "section.created":
    case "section.restored": {
      const items = event.type === "section.restored" ? event.data.items : [];
      const others = next.sections.filter((section) => section.id !== event.data.section.id);
      return { ...next, sections: sortSections([...others, { ...event.data.section, items }]) };
    }
    case "section.updated":
      return patchSections(next, [event.data.section]);
    case "section.moved":
      return patchSections(next, event.data.sections);
    case "section.deleted":
      return { ...next, sections: next.sections.filter((section) => section.id !== event.data.sectionId) };
    case "item.created":
    case "item.updated":
      return upsertItems(next, [event.data.item, ...event.data.parents]);
    case "item.moved":
      return upsertItems(applyPositions(next, event.data.positions), [event.data.item, ...event.data.parents]);
    case "item.deleted":
      return upsertItems(removeItems(next, event.data.removedIds), event.data.parents);
    case "item.restored":
      return upsertItems(next, [...event.data.items, ...event.data.parents]);
    case "step.created":
    case "step.updated":
    case "step.started":
    case "step.completed":
    case "step.skipped":
    case "step.failed":
    case "step.reopened":
    case "step.corrected":
      return upsertSteps(next, [event.data.step]);
    case "gate.created":
    case "gate.updated":
    case "gate.round_opened":
    case "gate.signed":
    case "gate.decided":
      return { ...next, gates: upsertById(next.gates, event.data.gate).sort((a, b) => a.position - b.position) };
    case "gate.deleted":
      return { ...next, gates: next.gates.filter((gate) => gate.id !== event.data.gate.id) };
    case "ack.requested":
    case "ack.acknowledged":
      return {
        ...next,
        ackRequests: upsertById(next.ackRequests, event.data.request)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .slice(0, ACK_REQUESTS_KEPT),
      };
    case "metric.saved":
      return { ...next, metrics: upsertById(next.metrics, event.data.metric).sort((a, b) => a.position - b.position) };
    case "metric.deleted":
      return { ...next, metrics: next.metrics.filter((metric) => metric.id !== event.data.metric.id) };
    case "trigger.saved":
      return { ...next, triggers: upsertById(next.triggers, event.data.trigger) };
    case "trigger.deleted":
      return { ...next, triggers: next.triggers.filter((trigger) => trigger.id !== event.data.trigger.id) };
    case "checkpoint.submitted":
      return {
        ...next,
        checkpoints: [...next.checkpoints.filter((c) => c.id !== event.data.checkpoint.id), event.data.checkpoint],
      };
    case "metrics.pushed":
      return { ...next, samples: [...next.samples, ...event.data.samples].slice(-SAMPLES_KEPT) };
    case "incident.opened":
    case "incident.updated":
      return {
        ...next,
        incidents: upsertById(next.incidents, event.data.incident).sort((a, b) => a.openedAt.localeCompare(b.openedAt)),
      };
    case "communication.saved":
    case "communication.sent":
      return {
        ...next,
        communications: upsertById(next.communications, event.data.communication).sort(byDueAt),
      };
    case "channel.saved":
    case "channel.deleted":
    case "delivery.requested":
    case "status_page.saved":
    case "probe.saved":
    case "probe.deleted":
    case "probe.hosts_set":
      // Integrations live outside the snapshot (the settings page fetches them); only seq moves.
      return next;
    case "step.deleted":
      return unlinkItems(
        upsertSteps(
          { ...next, steps: next.steps.filter((step) => step.id !== event.data.step.id) },
          event.data.successors,
        ),
        event.data.step.id,
      );
  }
}

/** Puts newer versions of items in place (in their section); an older version, e.g. a late answer, is ignored. */
export function upsertItems(snapshot: LaunchSnapshot, items: ChecklistItemData[]): LaunchSnapshot {
  if (items.length === 0) return snapshot;
  const current = new Map(snapshot.sections.flatMap((section) => section.items).map((item) => [item.id, item]));
  const incoming = items.filter((item) => (current.get(item.id)?.version ?? 0) <= item.version);
  const ids = new Set(incoming.map((item) => item.id));
  return {
    ...snapshot,
    sections: snapshot.sections.map((section) => {
      const arriving = incoming.filter((item) => item.sectionId === section.id);
      const staying = section.items.filter((item) => !ids.has(item.id));
      if (arriving.length === 0 && staying.length === section.items.length) return section;
      return { ...section, items: sortItems([...staying, ...arriving]) };
    }),
  };
}

/** How many pushed metric values a snapshot carries (the newest). */
export const SAMPLES_KEPT = 200;

/** How many acknowledgement requests a snapshot carries (the newest). */
export const ACK_REQUESTS_KEPT = 10;

const upsertById = <T extends { id: string }>(list: T[], entry: T): T[] => [
  ...list.filter((x) => x.id !== entry.id),
  entry,
];

/** Puts newer versions of steps in place, keeping plan order. */
export function upsertSteps(snapshot: LaunchSnapshot, steps: StepData[]): LaunchSnapshot {
  const incoming = new Map(steps.map((step) => [step.id, step]));
  const kept = snapshot.steps.map((step) => {
    const update = incoming.get(step.id);
    incoming.delete(step.id);
    return update && update.version >= step.version ? update : step;
  });
  return { ...snapshot, steps: [...kept, ...incoming.values()].sort((a, b) => a.position - b.position) };
}

function unlinkItems(snapshot: LaunchSnapshot, stepId: string): LaunchSnapshot {
  return {
    ...snapshot,
    sections: snapshot.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => (item.stepId === stepId ? { ...item, stepId: null } : item)),
    })),
  };
}

function removeItems(snapshot: LaunchSnapshot, ids: string[]): LaunchSnapshot {
  const gone = new Set(ids);
  return {
    ...snapshot,
    sections: snapshot.sections.map((section) => ({
      ...section,
      items: section.items.filter((item) => !gone.has(item.id)),
    })),
  };
}

function applyPositions(
  snapshot: LaunchSnapshot,
  positions: { id: string; sectionId: string; parentId: string | null; position: number }[],
): LaunchSnapshot {
  const byId = new Map(positions.map((entry) => [entry.id, entry]));
  const all = snapshot.sections
    .flatMap((section) => section.items)
    .map((item) => {
      const moved = byId.get(item.id);
      return moved ? { ...item, sectionId: moved.sectionId, parentId: moved.parentId, position: moved.position } : item;
    });
  return {
    ...snapshot,
    sections: snapshot.sections.map((section) => ({
      ...section,
      items: sortItems(all.filter((item) => item.sectionId === section.id)),
    })),
  };
}

function patchSections(snapshot: LaunchSnapshot, patches: SectionData[]): LaunchSnapshot {
  const byId = new Map(patches.map((patch) => [patch.id, patch]));
  return {
    ...snapshot,
    sections: sortSections(snapshot.sections.map((section) => ({ ...section, ...byId.get(section.id) }))),
  };
}

const sortSections = (sections: SnapshotSection[]) => [...sections].sort((a, b) => a.position - b.position);
const sortItems = (items: ChecklistItemData[]) => treeOrder(items);
