import { requestApi, type ApiAnswer } from "@/lib/api/client";

export type { ApiAnswer };

/** One JSON request to the app's API; failures come back as the server's own message, never thrown. */
export function apiRequest<T>(method: "GET" | "POST" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<ApiAnswer<T>> {
  return requestApi<T>(method, url, body);
}
