"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// Deliveries change after the request that caused them (retries, timeouts), and are not launch
// events; the log refreshes itself while the page is visible.
export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => document.visibilityState === "visible" && router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
