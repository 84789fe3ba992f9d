"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies text to the clipboard and says so for a moment (falls back to selecting it for Ctrl+C). */
export function CopyButton({
  text,
  label = "Copy",
  testId,
  variant = "secondary",
}: {
  text: string;
  label?: string;
  testId?: string;
  variant?: "primary" | "secondary" | "ghost";
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    window.setTimeout(() => setState("idle"), 2000);
  };
  return (
    <Button type="button" variant={variant} onClick={() => void copy()} data-testid={testId} aria-live="polite">
      {state === "copied" ? "Copied ✓" : state === "failed" ? "Select and copy (Ctrl+C)" : label}
    </Button>
  );
}
