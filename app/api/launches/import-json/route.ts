import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { importJsonInput } from "@/lib/launches/import-schemas";
import { importLaunchFromJson } from "@/lib/launches/import-launch";

export const POST = handleRoute(async (request) => {
  const actor = await requireApiActor();
  const input = importJsonInput.parse(await readJson(request));
  return json(await importLaunchFromJson({ actor, ...input }), 201);
});
