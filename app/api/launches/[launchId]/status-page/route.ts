import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { getStatusPageSettings } from "@/lib/status-page/get-status-page-settings";
import { saveStatusPage } from "@/lib/status-page/save-status-page";
import { saveStatusPageInput } from "@/lib/status-page/schemas";

export const GET = handleRoute<{ launchId: string }>(async (_request, { launchId }) => {
  const actor = await requireApiActor();
  return json({ statusPage: await getStatusPageSettings({ actor, launchId }) });
});

export const PUT = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = saveStatusPageInput.parse(await readJson(request));
  return json(await saveStatusPage({ actor, launchId, ...input }));
});
