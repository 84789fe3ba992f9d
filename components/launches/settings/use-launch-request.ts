"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson, type ApiError } from "@/lib/http/send-json";

/** Sends one change and refreshes the page's server data when it lands; keeps the server's error. */
export function useLaunchRequest() {
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function send<T>(method: string, url: string, body?: unknown): Promise<T | null> {
    setBusy(true);
    setError(null);
    const answer = await sendJson<T>(method, url, body);
    setBusy(false);
    if (!answer.ok) {
      setError(answer.body);
      return null;
    }
    router.refresh();
    return answer.body;
  }

  return { send, error, busy };
}
