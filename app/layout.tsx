import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Launch Control", template: "%s · Launch Control" },
  description: "The go-live command center: checklists, timeline, sign-offs and checkpoints, live for the whole team.",
  // Added to a phone's home screen it opens full screen, like the installed app (the manifest is app/manifest.ts).
  appleWebApp: { capable: true, title: "Launch Control", statusBarStyle: "black-translucent" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: the CSP nonce Next stamps on its scripts is new each time, so no
  // page may be prerendered with a stale one (or none).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">
        {/* The first Tab stop on every page: past the header and the tabs, straight to the content. */}
        <a
          href="#main"
          className="sr-only rounded-md bg-indigo-700 px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-[100]"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
