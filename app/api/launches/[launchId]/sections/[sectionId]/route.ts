import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { renameSection } from "@/lib/checklists/rename-section";
import { deleteSection } from "@/lib/checklists/delete-section";
import { updateSectionInput } from "@/lib/checklists/schemas";

type Params = { launchId: string; sectionId: string };

export const PATCH = handleRoute<Params>(async (request, { launchId, sectionId }) => {
  const actor = await requireApiActor();
  const input = updateSectionInput.parse(await readJson(request));
  return json(await renameSection({ actor, launchId, sectionId, ...input }));
});

export const DELETE = handleRoute<Params>(async (_request, { launchId, sectionId }) => {
  const actor = await requireApiActor();
  return json(await deleteSection({ actor, launchId, sectionId }));
});
