import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { createItem } from "@/lib/checklists/create-item";
import { createItemInput } from "@/lib/checklists/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = createItemInput.parse(await readJson(request));
  return json(await createItem({ actor, launchId, ...input }), 201);
});
