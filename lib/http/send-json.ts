import { apiRequest, type ApiAnswer, type ApiError } from "@/lib/api/client";
import type { HttpMethod } from "@/lib/api/define-route";

/** The browser's side of the JSON API: the parsed answer and, on failure, the server's own message. */
export type { ApiAnswer, ApiError };

export function sendJson<T>(method: string, url: string, body?: unknown): Promise<ApiAnswer<T>> {
  return apiRequest<T>(method.toUpperCase() as HttpMethod, url, body);
}
