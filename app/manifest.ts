import type { MetadataRoute } from "next";

/**
 * Lets the wall screen and a sponsor's phone "install" the app and open it full screen, without
 * browser chrome. Opens on the launch list; a wall screen is usually pinned to its launch's /wall URL.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Launch Control",
    short_name: "Launch Control",
    description:
      "The go-live command center: checklists, timeline, sign-offs and checkpoints, live for the whole team.",
    start_url: "/",
    display: "standalone",
    background_color: "#020617",
    theme_color: "#0f172a",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
