import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { updateItemInput } from "@/lib/checklists/schemas";
import { updateItem } from "@/lib/checklists/update-item";

export const PATCH = handleRoute<{ launchId: string; itemId: string }>(async (request, { launchId, itemId }) => {
  const actor = await requireApiActor();
  const input = updateItemInput.parse(await readJson(request));
  return json(await updateItem({ actor, launchId, itemId, ...input }));
});
