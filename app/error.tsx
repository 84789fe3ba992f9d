"use client";

import { startTransition, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

/**
 * A page that failed to render. The common cause on the day is the database being away: then this
 * says so and retries by itself until it is back; anything else offers a retry.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [databaseDown, setDatabaseDown] = useState<boolean | null>(null);
  const router = useRouter();
  // Server-rendered data must be fetched again, not just the boundary reset.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  useEffect(() => {
    let stopped = false;
    const check = async () => {
      const ok = await fetch("/api/health", { cache: "no-store" })
        .then((response) => response.ok)
        .catch(() => false);
      if (stopped) return;
      setDatabaseDown(!ok);
      if (ok && databaseDown) retry();
    };
    void check();
    const timer = setInterval(() => void check(), 5_000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [databaseDown]); // eslint-disable-line react-hooks/exhaustive-deps -- retry is stable in effect

  return (
    <main
      className="mx-auto max-w-xl p-8"
      role="alert"
      data-testid="page-error"
      data-database={databaseDown ? "unreachable" : "ok"}
    >
      <h1 className="text-xl font-semibold">
        {databaseDown ? "Database unreachable, retrying…" : "This page could not be loaded"}
      </h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">
        {databaseDown
          ? "The server cannot reach its database right now. This page reloads by itself as soon as it is back; nothing you saved is lost."
          : "Something went wrong while loading this page. Try again; if it keeps happening, tell whoever runs Launch Control."}
      </p>
      <Button className="mt-4" onClick={retry}>
        Try again
      </Button>
    </main>
  );
}
