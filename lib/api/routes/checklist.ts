import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import * as checklists from "@/lib/checklists/schemas";

const tag = "Checklist";
const sectionPath = "/api/launches/{launchId}/sections/{sectionId}";
const itemPath = "/api/launches/{launchId}/items/{itemId}";

export const createSectionRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/sections",
  operationId: "createSection",
  tag,
  summary: "Add a section (lead)",
  body: checklists.createSectionInput,
  status: 201,
  response: api.sectionBody,
});

export const renameSectionRoute = defineRoute({
  method: "PATCH",
  path: sectionPath,
  operationId: "renameSection",
  tag,
  summary: "Rename a section (lead)",
  description: "`version` is required (422 without it; 409 with the section's `current` state when stale).",
  body: checklists.updateSectionInput,
  response: api.sectionBody,
  errors: ["conflict"],
});

export const deleteSectionRoute = defineRoute({
  method: "DELETE",
  path: sectionPath,
  operationId: "deleteSection",
  tag,
  summary: "Delete a section (restorable) (lead)",
  response: api.sectionBody,
});

export const moveSectionRoute = defineRoute({
  method: "POST",
  path: `${sectionPath}/move`,
  operationId: "moveSection",
  tag,
  summary: "Reorder a section (lead)",
  body: checklists.moveSectionInput,
  response: z.array(api.sectionBody),
});

export const restoreSectionRoute = defineRoute({
  method: "POST",
  path: `${sectionPath}/restore`,
  operationId: "restoreSection",
  tag,
  summary: "Restore a deleted section (lead)",
  response: api.sectionBody.extend({ items: z.array(api.itemBody) }),
  errors: ["conflict"],
});

export const createItemRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/items",
  operationId: "createItem",
  tag,
  summary: "Add an item or sub-item (lead)",
  body: checklists.createItemInput,
  status: 201,
  response: api.itemBody,
});

export const updateItemRoute = defineRoute({
  method: "PATCH",
  path: itemPath,
  operationId: "updateItem",
  tag,
  summary: "Change an item: plan fields (lead) or progress (lead, owner, or any member if allowed)",
  description:
    "`version` is required when changing any field other than `status`/`statusReason` (422 without it; 409 with the item's `current` state when stale). A status change alone needs no version: it applies to the current state, idempotently (with a version it is refused 409 when stale).",
  body: checklists.updateItemInput,
  response: api.itemBody,
  errors: ["conflict"],
});

export const deleteItemRoute = defineRoute({
  method: "DELETE",
  path: itemPath,
  operationId: "deleteItem",
  tag,
  summary: "Delete an item and its sub-items (restorable) (lead)",
  response: z.object({ deleted: z.array(z.string()) }),
});

export const moveItemRoute = defineRoute({
  method: "POST",
  path: `${itemPath}/move`,
  operationId: "moveItem",
  tag,
  summary: "Reorder or move an item (lead)",
  body: checklists.moveItemInput,
  response: api.itemBody,
  errors: ["conflict"],
});

export const restoreItemRoute = defineRoute({
  method: "POST",
  path: `${itemPath}/restore`,
  operationId: "restoreItem",
  tag,
  summary: "Restore a deleted item (lead)",
  response: api.itemBody,
  errors: ["conflict"],
});

export const listDeletedRoute = defineRoute({
  method: "GET",
  path: "/api/launches/{launchId}/deleted",
  operationId: "listDeleted",
  tag,
  summary: "Deleted items and sections, for restoring",
  response: api.deletedBody,
});

export const getLaunchProgressRoute = defineRoute({
  method: "GET",
  path: "/api/launches/{launchId}/progress",
  operationId: "getLaunchProgress",
  tag,
  summary: "The checklist's progress: counts per section, blocked and open required items",
  response: api.launchProgressBody,
});
