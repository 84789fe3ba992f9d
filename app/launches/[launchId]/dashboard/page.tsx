import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { AppError } from "@/lib/errors";
import { AppHeader } from "@/components/layout/app-header";
import { DashboardView } from "@/components/dashboard/dashboard-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "War room" };

export default async function DashboardPage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const actor = await requirePageActor(`/launches/${launchId}/dashboard`);
  const snapshot = await getLaunchSnapshot({ actor, launchId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) return null;
    throw error;
  });
  if (!snapshot) notFound();
  return (
    <>
      <AppHeader actor={actor} />
      <DashboardView initial={snapshot} renderedAt={Date.now()} />
    </>
  );
}
