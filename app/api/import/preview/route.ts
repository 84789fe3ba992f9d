import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { previewMarkdownInput } from "@/lib/launches/import-schemas";
import { previewMarkdownImport } from "@/lib/launches/preview-markdown-import";

export const POST = handleRoute(async (request) => {
  await requireApiActor();
  const { markdown } = previewMarkdownInput.parse(await readJson(request));
  return json(previewMarkdownImport(markdown));
});
