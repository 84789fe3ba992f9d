/** The browser's side of the JSON API: the parsed answer and, on failure, the server's own message. */
/** `seq`: the live event a change made (Launch-Seq header), so the page applies it in order. */
export type ApiAnswer<T> = { ok: true; status: number; body: T; seq: number | null } | { ok: false; status: number; body: ApiError };
export type ApiError = { error: string; code?: string; fields?: Record<string, string[]>; [key: string]: unknown };

export async function sendJson<T>(method: string, url: string, body?: unknown): Promise<ApiAnswer<T>> {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed = await response.json().catch(() => ({}));
    const seq = response.headers.get("Launch-Seq");
    if (response.ok) return { ok: true, status: response.status, body: parsed as T, seq: seq === null ? null : Number(seq) };
    return { ok: false, status: response.status, body: { error: "The server refused the change.", ...parsed } as ApiError };
  } catch {
    return { ok: false, status: 0, body: { error: "No connection to the server; check your network and try again." } };
  }
}
