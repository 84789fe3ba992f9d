import type { APIRequestContext, APIResponse } from "@playwright/test";

export type ItemJson = {
  id: string;
  parentId?: string | null;
  sectionId?: string;
  title: string;
  status: string;
  statusReason?: string;
  required?: boolean;
  ownerLabel?: string;
  version: number;
};
export type MemberJson = { userId: string; name: string; email: string; role: string; function: string };
export type SnapshotJson = {
  id: string;
  name: string;
  status: string;
  isRehearsal: boolean;
  archivedAt: string | null;
  seq: number;
  version: number;
  myRole: string;
  members: MemberJson[];
  sections: { id: string; title: string; items: ItemJson[] }[];
};
export type LaunchSummaryJson = {
  id: string;
  name: string;
  status: string;
  isRehearsal: boolean;
  archivedAt: string | null;
};
export type Answer = { status: number; text: string; body: Record<string, unknown> };

/**
 * The app's HTTP API as one signed-in person calls it. Pass `context.request` (it shares the browser
 * context's cookies) or a bare request context for a signed-out caller.
 */
export function launchApi(request: APIRequestContext) {
  return {
    async snapshot(launchId: string): Promise<SnapshotJson> {
      const answer = await read(await request.get(`/api/launches/${launchId}`));
      if (answer.status !== 200) throw new Error(`GET snapshot answered ${answer.status}: ${answer.text}`);
      return answer.body as unknown as SnapshotJson;
    },
    async item(launchId: string, itemId: string): Promise<ItemJson> {
      const snapshot = await this.snapshot(launchId);
      const item = snapshot.sections.flatMap((section) => section.items).find((candidate) => candidate.id === itemId);
      if (!item) throw new Error(`Item ${itemId} is not in launch ${launchId}.`);
      return item;
    },
    /** PATCH an item; `body` is sent as JSON, or as-is when it is a string (to send broken JSON). */
    async setStatus(launchId: string, itemId: string, body: unknown): Promise<Answer> {
      return read(
        await request.patch(`/api/launches/${launchId}/items/${itemId}`, {
          headers: { "content-type": "application/json" },
          // A Buffer, because Playwright re-encodes a string that is not valid JSON under a JSON content type.
          data: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)),
        }),
      );
    },
    async get(url: string): Promise<Answer> {
      return read(await request.get(url));
    },
    /** Sends `body` as JSON; a Buffer goes as-is (raw bytes, broken JSON) under `contentType`. */
    async send(
      method: "POST" | "PATCH" | "DELETE",
      url: string,
      body?: unknown,
      contentType = "application/json",
    ): Promise<Answer> {
      const data = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
      return read(await request.fetch(url, { method, headers: data ? { "content-type": contentType } : {}, data }));
    },
    async launches(): Promise<LaunchSummaryJson[]> {
      const answer = await this.get("/api/launches");
      if (answer.status !== 200) throw new Error(`GET /api/launches answered ${answer.status}: ${answer.text}`);
      return answer.body.launches as LaunchSummaryJson[];
    },
  };
}

async function read(response: APIResponse): Promise<Answer> {
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Left empty: the caller asserts on status and text, and a non-JSON answer fails those.
  }
  return { status: response.status(), text, body };
}

/** What a client must never see in an error answer: a stack frame or a raw exception. */
export const stackTrace = /^\s*at \S|\n\s+at \S|Error:/;
