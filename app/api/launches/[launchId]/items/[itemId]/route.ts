import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { setItemStatusInput } from "@/lib/checklists/schemas";
import { setItemStatus } from "@/lib/checklists/set-item-status";

export const PATCH = handleRoute<{ launchId: string; itemId: string }>(async (request, { launchId, itemId }) => {
  const actor = await requireApiActor();
  const input = setItemStatusInput.parse(await readJson(request));
  return json(await setItemStatus({ actor, launchId, itemId, ...input }));
});
