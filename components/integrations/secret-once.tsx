"use client";

import { Button } from "@/components/ui/button";

/** A signing secret, shown the one time the server returns it. */
export function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <div
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      data-testid="channel-secret"
    >
      <p className="font-medium">Signing secret — copy it now, it will not be shown again:</p>
      <code className="mt-1 block break-all font-mono">{secret}</code>
      <Button variant="secondary" className="mt-2" type="button" onClick={onDone}>
        I have copied it
      </Button>
    </div>
  );
}
