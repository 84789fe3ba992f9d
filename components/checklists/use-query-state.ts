"use client";

import { useEffect } from "react";

/**
 * Mirrors page state into the URL (`?filter=mine,blocked&tab=activity`) without a navigation, so a
 * link or a reload shows the same view. Commas stay readable.
 */
export function useQueryState(values: Record<string, string | null>) {
  const serialized = JSON.stringify(values);
  useEffect(() => {
    const url = new URL(window.location.href);
    for (const [key, value] of Object.entries(JSON.parse(serialized) as Record<string, string | null>)) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    const search = url.searchParams.toString().replace(/%2C/gi, ",");
    const next = `${url.pathname}${search ? `?${search}` : ""}${url.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(null, "", next);
  }, [serialized]);
}
