import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { importCsvInput } from "@/lib/launches/import-schemas";
import { importLaunchFromCsv } from "@/lib/launches/import-launch";

export const POST = handleRoute(async (request) => {
  const actor = await requireApiActor();
  const input = importCsvInput.parse(await readJson(request));
  return json(await importLaunchFromCsv({ actor, ...input }), 201);
});
