import type { Actor } from "@/lib/auth/actor";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { buildReport, type LaunchReport } from "@/lib/report/build-report";
import { reportFilename } from "@/lib/report/report-csv";

const contentTypes = { md: "text/markdown; charset=utf-8", csv: "text/csv; charset=utf-8" } as const;

/**
 * One of the report's files as a download: the launch's snapshot (which checks membership), the
 * report built from it, and the given writer's text as an attachment named after the launch.
 */
export async function reportDownload(
  { actor, launchId }: { actor: Actor; launchId: string },
  file: { suffix: string; kind: keyof typeof contentTypes; write: (report: LaunchReport) => string },
): Promise<Response> {
  const snapshot = await getLaunchSnapshot({ actor, launchId });
  const text = file.write(buildReport(snapshot, new Date()));
  return new Response(text, {
    headers: {
      "content-type": contentTypes[file.kind],
      "content-disposition": `attachment; filename="${reportFilename(snapshot.name, file.suffix)}"`,
      "cache-control": "no-store",
    },
  });
}
