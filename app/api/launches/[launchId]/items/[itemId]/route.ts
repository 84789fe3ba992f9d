import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { updateItemInput } from "@/lib/checklists/schemas";
import { updateItem } from "@/lib/checklists/update-item";
import { deleteItem } from "@/lib/checklists/delete-item";

type Params = { launchId: string; itemId: string };

export const PATCH = handleRoute<Params>(async (request, { launchId, itemId }) => {
  const actor = await requireApiActor();
  const input = updateItemInput.parse(await readJson(request));
  return json(await updateItem({ actor, launchId, itemId, ...input }));
});

export const DELETE = handleRoute<Params>(async (_request, { launchId, itemId }) => {
  const actor = await requireApiActor();
  return json(await deleteItem({ actor, launchId, itemId }));
});
