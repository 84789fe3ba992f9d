import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { AppError } from "@/lib/errors";
import { AppHeader } from "@/components/layout/app-header";
import { GatesView } from "@/components/gates/gates-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Go / no-go" };

export default async function GatesPage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const actor = await requirePageActor(`/launches/${launchId}/gates`);
  const snapshot = await getLaunchSnapshot({ actor, launchId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) return null;
    throw error;
  });
  if (!snapshot) notFound();
  return (
    <>
      <AppHeader actor={actor} />
      <GatesView initial={snapshot} actorId={actor.id} />
    </>
  );
}
