import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { itemView, itemViewSelect } from "@/lib/checklists/item-view";
import { treeOrder } from "@/lib/checklists/tree-order";
import { launchFieldsSelect, launchFieldsView, memberView, memberViewSelect } from "@/lib/launches/launch-view";
import type {
  AckRequestData,
  ChecklistItemData,
  CheckpointData,
  CommunicationData,
  GateData,
  IncidentData,
  LaunchFieldsData,
  MemberData,
  MetricData,
  SampleData,
  SectionData,
  StepData,
  TriggerData,
} from "@/lib/audit/event-types";
import {
  checkpointSelect,
  checkpointView,
  metricSelect,
  metricView,
  sampleSelect,
  sampleView,
  triggerSelect,
  triggerView,
} from "@/lib/checkpoints/views";
import { incidentSelect, incidentView } from "@/lib/incidents/incident-view";
import { communicationSelect, communicationView } from "@/lib/comms/communication-view";
import { SAMPLES_KEPT } from "@/lib/launches/apply-launch-event";
import { ackView, ackViewSelect, gateView, gateViewSelect } from "@/lib/gates/gate-view";
import { ACK_REQUESTS_KEPT } from "@/lib/launches/apply-launch-event";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import type { Role } from "@/lib/generated/prisma/enums";
import type { PlanSeverityLevel } from "@/lib/plans/plan";

export type SnapshotSection = SectionData & { items: ChecklistItemData[] };
export type LaunchSnapshot = LaunchFieldsData & {
  seq: number;
  myRole: Role;
  /** What the viewer does on this launch (DevOps, DBA...): steps and items owned by it are theirs to run. */
  myFunction?: string;
  members: MemberData[];
  /** Live sections in order, each with its live items (nested ones too, linked by parentId). */
  sections: SnapshotSection[];
  /** The timeline's live steps, in plan order. */
  steps: StepData[];
  /** Go / no-go gates with all their rounds. */
  gates: GateData[];
  /** The newest acknowledgement requests, newest first. */
  ackRequests: AckRequestData[];
  /** Success criteria and rollback triggers. */
  metrics: MetricData[];
  triggers: TriggerData[];
  /** Every submitted checkpoint report, every version, oldest first. */
  checkpoints: CheckpointData[];
  /** The newest pushed metric values (to pre-fill the next checkpoint). */
  samples: SampleData[];
  incidents: IncidentData[];
  /** The plan's incident severity definitions (meaning, response time), in order; empty when it gave none. */
  severityLevels?: PlanSeverityLevel[];
  communications: CommunicationData[];
};

/**
 * Everything a launch page shows, with the `seq` it is current as of. Read in one repeatable-read
 * transaction so `seq` and the rows agree; clients then apply events after `seq`.
 */
export async function getLaunchSnapshot({
  actor,
  launchId,
}: {
  actor: Actor;
  launchId: string;
}): Promise<LaunchSnapshot> {
  return getDb().$transaction(
    async (tx) => {
      const membership = await requireMembership(tx, launchId, actor, "launch.view");
      const launch = await tx.launch.findUniqueOrThrow({
        where: { id: launchId },
        select: {
          ...launchFieldsSelect,
          seq: true,
          memberships: { select: memberViewSelect, orderBy: { createdAt: "asc" } },
          steps: { where: { deletedAt: null }, orderBy: { position: "asc" }, select: stepViewSelect },
          gates: { where: { deletedAt: null }, orderBy: { position: "asc" }, select: gateViewSelect },
          ackRequests: { orderBy: { createdAt: "desc" }, take: ACK_REQUESTS_KEPT, select: ackViewSelect },
          metrics: { where: { deletedAt: null }, orderBy: { position: "asc" }, select: metricSelect },
          triggers: { where: { deletedAt: null }, select: triggerSelect },
          checkpoints: { orderBy: [{ number: "asc" }, { version: "asc" }], select: checkpointSelect },
          samples: { orderBy: { at: "desc" }, take: SAMPLES_KEPT, select: sampleSelect },
          incidents: { orderBy: { openedAt: "asc" }, select: incidentSelect },
          severityLevels: {
            orderBy: { position: "asc" },
            select: { key: true, label: true, meaning: true, responseMinutes: true, severity: true },
          },
          messages: { where: { deletedAt: null }, orderBy: { dueAt: "asc" }, select: communicationSelect },
          sections: {
            where: { deletedAt: null },
            orderBy: { position: "asc" },
            select: {
              id: true,
              title: true,
              version: true,
              position: true,
              items: { where: { deletedAt: null }, orderBy: { position: "asc" }, select: itemViewSelect },
            },
          },
        },
      });
      const {
        seq,
        memberships,
        sections,
        steps,
        gates,
        ackRequests,
        metrics,
        triggers,
        checkpoints,
        samples,
        incidents,
        severityLevels,
        messages,
        ...fields
      } = launch;
      const memberName = (id: string | null) => memberships.find((m) => m.user.id === id)?.user.name ?? null;
      return {
        ...launchFieldsView(fields),
        seq,
        myRole: membership.role,
        myFunction: membership.function,
        members: memberships.map(memberView),
        sections: sections.map((section) => ({ ...section, items: treeOrder(section.items.map(itemView)) })),
        steps: steps.map(stepView),
        gates: gates.map(gateView),
        ackRequests: ackRequests.map((request) => ackView(request, memberName(request.createdById))),
        metrics: metrics.map(metricView),
        triggers: triggers.map(triggerView),
        checkpoints: checkpoints.map(checkpointView),
        samples: samples.map(sampleView).reverse(),
        incidents: incidents.map(incidentView),
        severityLevels,
        communications: messages.map(communicationView),
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
