import type { Metadata, Viewport } from "next";
import { loadLaunchPage } from "@/components/timeline/load-launch-page";
import { summariseLaunch } from "@/lib/launches/summarise-launch";
import { WallView } from "@/components/dashboard/wall-view";
import { isTimeZone } from "@/lib/launches/schemas";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Wall screen" };
export const viewport: Viewport = { themeColor: "#020617", colorScheme: "dark" };

/** Full screen, no app chrome: for the TV on the wall of the war room. */
export default async function WallPage({
  params,
  searchParams,
}: {
  params: Promise<{ launchId: string }>;
  searchParams: Promise<{ zone?: string | string[] }>;
}) {
  const { launchId } = await params;
  // ?zone=America/New_York adds a second clock (a team or sponsor abroad); an unknown zone is ignored.
  const { zone } = await searchParams;
  const secondZone = typeof zone === "string" && isTimeZone(zone) ? zone : null;
  const { snapshot, renderedAt } = await loadLaunchPage(launchId, `/launches/${launchId}/wall`);
  return <WallView initial={summariseLaunch(snapshot)} renderedAt={renderedAt} secondZone={secondZone} />;
}
