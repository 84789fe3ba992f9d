import type { Metadata } from "next";
import { loadLaunchPage } from "@/components/timeline/load-launch-page";
import { AppHeader } from "@/components/layout/app-header";
import { CheckpointsView } from "@/components/checkpoints/checkpoints-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checkpoints" };

export default async function CheckpointsPage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const { actor, snapshot, renderedAt } = await loadLaunchPage(launchId, `/launches/${launchId}/checkpoints`);
  return (
    <>
      <AppHeader actor={actor} />
      <CheckpointsView initial={snapshot} renderedAt={renderedAt} />
    </>
  );
}
