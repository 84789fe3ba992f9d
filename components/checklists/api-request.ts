export type ApiAnswer<T = unknown> =
  /** `seq`: the live event the change made (Launch-Seq header), so it can be applied in order. */
  | { ok: true; status: number; body: T; seq: number | null }
  | { ok: false; status: number; error: string; body: Record<string, unknown> };

/** One JSON request to the app's API; failures come back as the server's own message, never thrown. */
export async function apiRequest<T>(method: "GET" | "POST" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<ApiAnswer<T>> {
  try {
    const response = await fetch(url, {
      method,
      cache: "no-store",
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const seq = response.headers.get("Launch-Seq");
    if (response.ok) return { ok: true, status: response.status, body: parsed as T, seq: seq === null ? null : Number(seq) };
    const error = typeof parsed.error === "string" ? parsed.error : `The server answered ${response.status}; try again.`;
    return { ok: false, status: response.status, error, body: parsed };
  } catch {
    return { ok: false, status: 0, error: "No connection to the server; check your network and try again.", body: {} };
  }
}
