import type { Metadata } from "next";
import { loadLaunchPage } from "@/components/timeline/load-launch-page";
import { summariseLaunch } from "@/lib/launches/summarise-launch";
import { AppHeader } from "@/components/layout/app-header";
import { DashboardView } from "@/components/dashboard/dashboard-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "War room" };

export default async function DashboardPage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const { actor, snapshot, renderedAt } = await loadLaunchPage(launchId, `/launches/${launchId}/dashboard`);
  return (
    <>
      <AppHeader actor={actor} />
      <DashboardView initial={summariseLaunch(snapshot)} renderedAt={renderedAt} />
    </>
  );
}
