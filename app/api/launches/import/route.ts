import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { importMarkdownInput } from "@/lib/launches/import-schemas";
import { importLaunchFromMarkdown } from "@/lib/launches/import-launch";

export const POST = handleRoute(async (request) => {
  const actor = await requireApiActor();
  const input = importMarkdownInput.parse(await readJson(request));
  return json(await importLaunchFromMarkdown({ actor, ...input }), 201);
});
