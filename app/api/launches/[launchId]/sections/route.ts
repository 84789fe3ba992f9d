import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { createSection } from "@/lib/checklists/create-section";
import { createSectionInput } from "@/lib/checklists/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = createSectionInput.parse(await readJson(request));
  return json(await createSection({ actor, launchId, ...input }), 201);
});
