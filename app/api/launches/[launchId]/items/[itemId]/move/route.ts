import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { moveItem } from "@/lib/checklists/move-item";
import { moveItemInput } from "@/lib/checklists/schemas";

export const POST = handleRoute<{ launchId: string; itemId: string }>(async (request, { launchId, itemId }) => {
  const actor = await requireApiActor();
  const input = moveItemInput.parse(await readJson(request));
  return json(await moveItem({ actor, launchId, itemId, ...input }));
});
