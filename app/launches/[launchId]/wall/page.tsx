import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { AppError } from "@/lib/errors";
import { WallView } from "@/components/dashboard/wall-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Wall screen" };
export const viewport: Viewport = { themeColor: "#020617", colorScheme: "dark" };

/** Full screen, no app chrome: for the TV on the wall of the war room. */
export default async function WallPage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const actor = await requirePageActor(`/launches/${launchId}/wall`);
  const snapshot = await getLaunchSnapshot({ actor, launchId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) return null;
    throw error;
  });
  if (!snapshot) notFound();
  return <WallView initial={snapshot} renderedAt={Date.now()} />;
}
