import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { restoreSection } from "@/lib/checklists/restore-section";

export const POST = handleRoute<{ launchId: string; sectionId: string }>(async (_request, { launchId, sectionId }) => {
  const actor = await requireApiActor();
  return json(await restoreSection({ actor, launchId, sectionId }));
});
