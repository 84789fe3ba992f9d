import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";

/** The launch's deleted items and sections (most recent first), for the lead to restore. */
export async function listDeleted({ actor, launchId }: { actor: Actor; launchId: string }) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "launch.view");
  const [items, sections] = await Promise.all([
    db.checklistItem.findMany({
      // Only the item a person deleted, not each sub-item that went with it.
      where: { launchId, deletedAt: { not: null }, OR: [{ parentId: null }, { parent: { deletedAt: null } }] },
      orderBy: { deletedAt: "desc" },
      select: { id: true, title: true, deletedAt: true, section: { select: { id: true, title: true } } },
    }),
    db.checklistSection.findMany({
      where: { launchId, deletedAt: { not: null } },
      orderBy: { deletedAt: "desc" },
      select: { id: true, title: true, deletedAt: true, _count: { select: { items: { where: { deletedAt: null } } } } },
    }),
  ]);
  return {
    items: items.map((item) => ({
      id: item.id,
      title: item.title,
      deletedAt: item.deletedAt!.toISOString(),
      section: item.section,
    })),
    sections: sections.map((section) => ({
      id: section.id,
      title: section.title,
      deletedAt: section.deletedAt!.toISOString(),
      items: section._count.items,
    })),
  };
}
