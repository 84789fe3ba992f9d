import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { itemView, itemViewSelect } from "@/lib/checklists/item-view";

export type LaunchSnapshot = Awaited<ReturnType<typeof getLaunchSnapshot>>;

/**
 * Everything a launch page shows, with the `seq` it is current as of. Read in one repeatable-read
 * transaction so `seq` and the rows agree; clients then apply events after `seq`.
 */
export async function getLaunchSnapshot({ actor, launchId }: { actor: Actor; launchId: string }) {
  return getDb().$transaction(
    async (tx) => {
      const membership = await requireMembership(tx, launchId, actor, "launch.view");
      const launch = await tx.launch.findUniqueOrThrow({
        where: { id: launchId },
        include: {
          sections: {
            orderBy: { position: "asc" },
            include: { items: { orderBy: { position: "asc" }, select: itemViewSelect } },
          },
        },
      });
      return {
        id: launch.id,
        name: launch.name,
        system: launch.system,
        description: launch.description,
        timezone: launch.timezone,
        goLiveAt: launch.goLiveAt?.toISOString() ?? null,
        seq: launch.seq,
        myRole: membership.role,
        sections: launch.sections.map((section) => ({
          id: section.id,
          title: section.title,
          position: section.position,
          items: section.items.map(itemView),
        })),
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
