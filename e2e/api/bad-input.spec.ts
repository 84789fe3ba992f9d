import { test, expect } from "../support/fixtures";
import { launchApi, stackTrace, type Answer } from "../support/api";
import { signIn } from "../support/sign-in";

test.describe("the item API refuses bad requests clearly and changes nothing", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "lead");
  });

  // `request` is Playwright's own request context: it has none of the signed-in page's cookies.
  test("bad JSON, a wrong status, unknown ids and no session", async ({ page, request, launch }) => {
    const api = launchApi(page.context().request);
    const item = launch.items[0]!;
    const before = await api.snapshot(launch.id);

    const cases: { name: string; send: () => Promise<Answer>; status: number; error: RegExp }[] = [
      {
        name: "bad JSON",
        send: () => api.setStatus(launch.id, item.id, '{"status": "done"'),
        status: 422,
        error: /not valid JSON/,
      },
      {
        name: "wrong status value",
        send: () => api.setStatus(launch.id, item.id, { status: "finished" }),
        status: 422,
        error: /status must be .*"?todo"?.*"?done"?/,
      },
      {
        name: "unknown item id",
        send: () => api.setStatus(launch.id, "no-such-item", { status: "done" }),
        status: 404,
        error: /Checklist item was not found/,
      },
      {
        name: "unknown launch id",
        send: () => api.setStatus("no-such-launch", item.id, { status: "done" }),
        status: 404,
        error: /Launch was not found/,
      },
      {
        name: "no session",
        send: () => launchApi(request).setStatus(launch.id, item.id, { status: "done" }),
        status: 401,
        error: /Sign in first/,
      },
    ];

    for (const { name, send, status, error } of cases) {
      const answer = await send();
      expect(answer.status, `${name}: ${answer.text}`).toBe(status);
      expect(answer.body.error, name).toMatch(error);
      expect(answer.text, name).not.toMatch(stackTrace);
    }

    const after = await api.snapshot(launch.id);
    expect(after.seq, "no event was recorded").toBe(before.seq);
    expect(after).toEqual(before);
  });

  test("a stale version is a 409 with the item as it is now", async ({ page, launch }) => {
    const api = launchApi(page.context().request);
    const item = await api.item(launch.id, launch.items[0]!.id);

    const ticked = await api.setStatus(launch.id, item.id, { status: "done", version: item.version });
    expect(ticked.status).toBe(200);
    expect(ticked.body).toMatchObject({ status: "done", version: item.version + 1 });
    const afterTick = await api.snapshot(launch.id);

    // Someone who still sees the old version tries to untick it.
    const stale = await api.setStatus(launch.id, item.id, { status: "todo", version: item.version });

    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: "conflict",
      error: expect.stringContaining(item.title),
      current: { id: item.id, status: "done", version: item.version + 1 },
    });
    expect(stale.text).not.toMatch(stackTrace);
    const after = await api.snapshot(launch.id);
    expect(after.seq, "no event was recorded").toBe(afterTick.seq);
    expect(after).toEqual(afterTick);
  });
});
