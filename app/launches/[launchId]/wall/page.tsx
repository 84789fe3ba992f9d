import type { Metadata, Viewport } from "next";
import { loadLaunchPage } from "@/components/timeline/load-launch-page";
import { WallView } from "@/components/dashboard/wall-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Wall screen" };
export const viewport: Viewport = { themeColor: "#020617", colorScheme: "dark" };

/** Full screen, no app chrome: for the TV on the wall of the war room. */
export default async function WallPage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const { snapshot, renderedAt } = await loadLaunchPage(launchId, `/launches/${launchId}/wall`);
  return <WallView initial={snapshot} renderedAt={renderedAt} />;
}
