import type { Metadata } from "next";
import { loadLaunchPage } from "@/components/timeline/load-launch-page";
import { AppHeader } from "@/components/layout/app-header";
import { ReportView } from "@/components/report/report-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Post-launch report" };

export default async function ReportPage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const { actor, snapshot, renderedAt } = await loadLaunchPage(launchId, `/launches/${launchId}/report`);
  return (
    <>
      <AppHeader actor={actor} />
      <ReportView initial={snapshot} renderedAt={renderedAt} />
    </>
  );
}
