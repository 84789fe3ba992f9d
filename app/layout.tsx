import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Launch Control", template: "%s · Launch Control" },
  description: "The go-live command center: checklists, timeline, sign-offs and checkpoints, live for the whole team.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: the CSP nonce Next stamps on its scripts is new each time, so no
  // page may be prerendered with a stale one (or none).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
