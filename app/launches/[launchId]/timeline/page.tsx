import type { Metadata } from "next";
import { loadLaunchPage } from "@/components/timeline/load-launch-page";
import { AppHeader } from "@/components/layout/app-header";
import { TimelineView } from "@/components/timeline/timeline-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const { actor, snapshot, renderedAt } = await loadLaunchPage(launchId, `/launches/${launchId}/timeline`);
  return (
    <>
      <AppHeader actor={actor} />
      <TimelineView initial={snapshot} actorId={actor.id} renderedAt={renderedAt} />
    </>
  );
}
