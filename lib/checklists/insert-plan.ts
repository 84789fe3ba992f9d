import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { Plan, PlanItem } from "@/lib/plans/plan";
import { deriveParentStatus } from "@/lib/checklists/derive-parent-status";
import { insertSteps } from "@/lib/timeline/insert-steps";
import { bulkInsertItems } from "@/lib/plans/bulk-insert-items";
import type { PlanMetric } from "@/lib/plans/plan";

type ItemRow = {
  id: string;
  launchId: string;
  sectionId: string;
  parentId: string | null;
  title: string;
  status: NonNullable<PlanItem["status"]>;
  statusReason: string;
  required: boolean;
  details: string;
  howToVerify: string;
  evidence: string;
  ownerId: string | null;
  ownerLabel: string;
  stepId: string | null;
  dueAt: Date | null;
  position: number;
};

/**
 * Writes a plan's timeline steps, sections and (nested) items into a launch, after what it has.
 * Owners are matched to members by email or name (else kept as a label); due times are go-live + the
 * item's offset; steps stay relative to go-live. A parent's status follows its children from the start.
 */
export async function insertPlan(
  tx: Tx,
  input: {
    launchId: string;
    plan: Plan;
    goLiveAt: Date | null;
    members: { id: string; name: string; email: string }[];
  },
): Promise<{ sections: number; items: number; steps: number }> {
  const stepIds = await insertSteps(tx, input.launchId, input.plan.steps ?? [], matchOwner);
  await insertMetrics(tx, input.launchId, input.plan.metrics ?? []);
  const firstPosition = await tx.checklistSection.count({ where: { launchId: input.launchId, deletedAt: null } });
  const rows: ItemRow[] = [];
  for (const [index, section] of input.plan.sections.entries()) {
    const created = await tx.checklistSection.create({
      data: { launchId: input.launchId, title: section.title, position: firstPosition + index },
    });
    collect(section.items, null, created.id);
  }
  if (rows.length > 0) await bulkInsertItems(tx, rows);
  return { sections: input.plan.sections.length, items: rows.length, steps: stepIds.length };

  function collect(items: PlanItem[], parentId: string | null, sectionId: string): string[] {
    return items.map((item, position) => {
      const id = randomUUID();
      const row: ItemRow = {
        id,
        launchId: input.launchId,
        sectionId,
        parentId,
        title: item.title,
        status: item.status ?? "todo",
        statusReason: item.statusReason ?? "",
        required: item.required ?? false,
        details: item.details ?? "",
        howToVerify: item.howToVerify ?? "",
        evidence: item.evidence ?? "",
        ownerId: matchOwner(item.owner),
        ownerLabel: matchOwner(item.owner) ? "" : (item.owner?.trim() ?? ""),
        stepId: item.step !== undefined ? (stepIds[item.step] ?? null) : null,
        dueAt:
          input.goLiveAt && item.dueOffsetMinutes != null
            ? new Date(input.goLiveAt.getTime() + item.dueOffsetMinutes * 60_000)
            : null,
        position,
      };
      rows.push(row);
      const children = item.children ?? [];
      if (children.length > 0) {
        const childIds = new Set(collect(children, id, sectionId));
        row.status = deriveParentStatus(rows.filter((r) => childIds.has(r.id)).map((r) => r.status));
      }
      return id;
    });
  }

  function matchOwner(owner: string | undefined): string | null {
    const wanted = owner?.trim().toLowerCase();
    if (!wanted) return null;
    const member = input.members.find((m) => m.email.toLowerCase() === wanted || m.name.toLowerCase() === wanted);
    return member?.id ?? null;
  }
}

/** A plan's success criteria, skipping keys the launch already has. */
async function insertMetrics(tx: Tx, launchId: string, metrics: PlanMetric[]) {
  if (metrics.length === 0) return;
  const first = await tx.metric.count({ where: { launchId } });
  await tx.metric.createMany({
    data: metrics.map((metric, index) => ({ ...metric, launchId, position: first + index })),
    skipDuplicates: true,
  });
}
