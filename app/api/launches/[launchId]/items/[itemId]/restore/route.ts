import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { restoreItem } from "@/lib/checklists/restore-item";

export const POST = handleRoute<{ launchId: string; itemId: string }>(async (_request, { launchId, itemId }) => {
  const actor = await requireApiActor();
  return json(await restoreItem({ actor, launchId, itemId }));
});
