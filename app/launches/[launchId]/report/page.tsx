import type { Metadata } from "next";
import { loadLaunchPage } from "@/components/timeline/load-launch-page";
import { AppHeader } from "@/components/layout/app-header";
import { ReportView } from "@/components/report/report-view";
import { listDecisionOrigins } from "@/lib/report/list-decision-origins";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Post-launch report" };

export default async function ReportPage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const { actor, snapshot, renderedAt } = await loadLaunchPage(launchId, `/launches/${launchId}/report`);
  // Read once with the page: a sign-off made while the report is open shows its origin after a reload.
  const origins = await listDecisionOrigins({ actor, launchId });
  return (
    <>
      <AppHeader actor={actor} />
      <ReportView initial={snapshot} renderedAt={renderedAt} origins={origins} />
    </>
  );
}
