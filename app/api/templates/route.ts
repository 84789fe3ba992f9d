import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { listTemplates } from "@/lib/templates/list-templates";

export const GET = handleRoute(async () => {
  await requireApiActor();
  return json({ templates: await listTemplates() });
});
