import type { Db, Tx } from "@/lib/db";
import type { Plan, PlanItem } from "@/lib/plans/plan";

type Options = { keepProgress: boolean; keepOwners: boolean };

/**
 * A launch's live checklist as a plan: for templates (no progress, no people), clones of a
 * rehearsal (no progress, same people) and CSV export (everything). Due times become offsets from
 * go-live so they shift with a new go-live.
 */
export async function launchToPlan(db: Db | Tx, launchId: string, options: Options): Promise<Plan> {
  const launch = await db.launch.findUniqueOrThrow({
    where: { id: launchId },
    select: {
      goLiveAt: true,
      sections: {
        where: { deletedAt: null },
        orderBy: { position: "asc" },
        select: {
          title: true,
          items: {
            where: { deletedAt: null },
            orderBy: { position: "asc" },
            select: {
              id: true, parentId: true, title: true, status: true, statusReason: true, required: true, details: true,
              howToVerify: true, evidence: true, dueAt: true, ownerLabel: true, owner: { select: { email: true } },
            },
          },
        },
      },
    },
  });
  const goLive = launch.goLiveAt?.getTime() ?? null;
  return {
    sections: launch.sections.map((section) => {
      type Row = (typeof section.items)[number];
      const toPlanItem = (row: Row): PlanItem => {
        const children = section.items.filter((child) => child.parentId === row.id).map(toPlanItem);
        return {
          title: row.title,
          ...(options.keepProgress && { status: row.status, statusReason: row.statusReason, evidence: row.evidence }),
          required: row.required,
          details: row.details,
          howToVerify: row.howToVerify,
          ...(options.keepOwners && (row.owner || row.ownerLabel) && { owner: row.owner?.email ?? row.ownerLabel }),
          dueOffsetMinutes: row.dueAt && goLive !== null ? Math.round((row.dueAt.getTime() - goLive) / 60_000) : null,
          ...(children.length > 0 && { children }),
        };
      };
      return { title: section.title, items: section.items.filter((row) => row.parentId === null).map(toPlanItem) };
    }),
  };
}
