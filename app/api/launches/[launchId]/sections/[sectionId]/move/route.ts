import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { moveSection } from "@/lib/checklists/move-section";
import { moveSectionInput } from "@/lib/checklists/schemas";

export const POST = handleRoute<{ launchId: string; sectionId: string }>(async (request, { launchId, sectionId }) => {
  const actor = await requireApiActor();
  const input = moveSectionInput.parse(await readJson(request));
  return json(await moveSection({ actor, launchId, sectionId, ...input }));
});
