// TEMPORARY: visual check of GateSummaryCard; removed before hand-off.
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { Preview } from "./preview";

export const dynamic = "force-dynamic";

export default async function Page({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const actor = await requirePageActor(`/launches/${launchId}/gates/summary-preview`);
  const snapshot = await getLaunchSnapshot({ actor, launchId }).catch(() => null);
  if (!snapshot) notFound();
  return <Preview initial={snapshot} actorId={actor.id} />;
}
