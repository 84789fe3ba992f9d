import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getPublicStatus } from "@/lib/status-page/get-public-status";
import { AppError } from "@/lib/errors";
import { PublicStatusView } from "@/components/status-page/public-status-view";

// Public: no sign-in, no app chrome, not indexed; the link is the credential.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Status", robots: { index: false, follow: false } };
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function PublicStatusPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const status = await getPublicStatus(token).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  });
  if (!status) notFound();
  return <PublicStatusView token={token} initial={status} />;
}
