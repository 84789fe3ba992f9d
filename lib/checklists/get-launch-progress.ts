import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { requireMembership } from "@/lib/launches/require-membership";
import { launchProgress, type LaunchProgress } from "@/lib/checklists/progress";

/**
 * The checklist's progress as the war room and wall show it (counts per section, what is blocked, what
 * is required and open), computed here from the few item fields it needs: those screens refresh it
 * after checklist events instead of carrying every item of a big launch.
 */
export async function getLaunchProgress({
  actor,
  launchId,
}: {
  actor: Actor;
  launchId: string;
}): Promise<LaunchProgress> {
  const db = getDb();
  await requireMembership(db, launchId, actor, "launch.view");
  const sections = await db.checklistSection.findMany({
    where: { launchId, deletedAt: null },
    orderBy: { position: "asc" },
    select: {
      id: true,
      title: true,
      items: {
        where: { deletedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          sectionId: true,
          parentId: true,
          title: true,
          status: true,
          statusReason: true,
          required: true,
        },
      },
    },
  });
  return launchProgress(sections);
}
