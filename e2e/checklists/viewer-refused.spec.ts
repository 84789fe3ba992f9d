import { test, expect, expectItem, openLaunch } from "../support/fixtures";
import { launchApi } from "../support/api";
import { signIn } from "../support/sign-in";

for (const role of ["viewer", "sponsor"] as const) {
  test(`a ${role} can follow the checklist but the server refuses their tick`, async ({ page, launch }) => {
    const item = launch.items[0]!;
    await signIn(page, role, { to: `/launches/${launch.id}` });
    await openLaunch(page, launch.id);

    await expect(page.getByText("You can follow this launch but not change its checklist")).toBeVisible();
    const boxes = page.getByTestId("checklist-item").getByRole("checkbox");
    await expect(boxes).toHaveCount(launch.items.length);
    for (const box of await boxes.all()) await expect(box).toBeDisabled();

    // Past the disabled box, straight to the server, with this person's own session.
    const api = launchApi(page.context().request);
    const before = await api.snapshot(launch.id);
    const answer = await api.setStatus(launch.id, item.id, { status: "done" });

    expect(answer.status).toBe(403);
    // A clear refusal names the role that is the reason.
    expect(answer.body).toMatchObject({ code: "forbidden", error: expect.stringContaining(`(${role})`) });
    const after = await api.snapshot(launch.id);
    expect(after.seq, "no event was recorded").toBe(before.seq);
    expect(after).toEqual(before);
    await page.reload();
    await expectItem(page, item.title, "todo");
  });
}
