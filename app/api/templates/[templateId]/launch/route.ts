import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { launchFromTemplate } from "@/lib/templates/launch-from-template";
import { launchFromTemplateInput } from "@/lib/templates/schemas";

export const POST = handleRoute<{ templateId: string }>(async (request, { templateId }) => {
  const actor = await requireApiActor();
  const input = launchFromTemplateInput.parse(await readJson(request));
  return json(await launchFromTemplate({ actor, templateId, ...input }), 201);
});
