import { serve } from "@/lib/api/serve";
import { exportLaunchJsonRoute } from "@/lib/api/routes/reports";
import { exportLaunchJson } from "@/lib/launches/export-launch-json";

export const GET = serve(exportLaunchJsonRoute, async (input) => {
  const { filename, document } = await exportLaunchJson(input);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
});
