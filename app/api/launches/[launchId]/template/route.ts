import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { saveTemplate } from "@/lib/templates/save-template";
import { saveTemplateInput } from "@/lib/templates/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = saveTemplateInput.parse(await readJson(request));
  return json(await saveTemplate({ actor, launchId, ...input }), 201);
});
