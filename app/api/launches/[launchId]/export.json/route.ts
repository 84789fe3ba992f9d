import { handleRoute } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { exportLaunchJson } from "@/lib/launches/export-launch-json";

export const GET = handleRoute<{ launchId: string }>(async (_request, { launchId }) => {
  const actor = await requireApiActor();
  const { filename, document } = await exportLaunchJson({ actor, launchId });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
  });
});
