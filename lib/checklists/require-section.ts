import type { Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/** A live section of this launch, or 404 (422 when it was named in a body, `asField`). */
export async function requireSection(tx: Tx, launchId: string, sectionId: string, asField?: string) {
  const section = await tx.checklistSection.findFirst({ where: { id: sectionId, launchId, deletedAt: null } });
  if (section) return section;
  if (asField) {
    throw new AppError("invalid", "That section does not exist on this launch (or was deleted).", {
      fields: { [asField]: ["Unknown section."] },
    });
  }
  throw notFound("Section");
}

/** A live item of this launch in the given section, usable as a parent; 422 otherwise. */
export async function requireParent(tx: Tx, launchId: string, sectionId: string, parentId: string) {
  const parent = await tx.checklistItem.findFirst({
    where: { id: parentId, launchId, deletedAt: null },
    select: { id: true, sectionId: true, parentId: true, title: true },
  });
  if (!parent) {
    throw new AppError("invalid", "The parent item does not exist on this launch.", {
      fields: { parentId: ["Unknown item."] },
    });
  }
  if (parent.sectionId !== sectionId) {
    throw new AppError("invalid", "A sub-item must be in the same section as its parent.", {
      fields: { parentId: ["Different section."] },
    });
  }
  return parent;
}
