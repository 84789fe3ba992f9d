import { test, expect, checkboxFor, checklistItem, openLaunch } from "../support/fixtures";
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
    expect(answer.body).toMatchObject({ code: "forbidden", error: `Your role on this launch (${role}) does not allow this.` });
    expect(await api.snapshot(launch.id)).toEqual(before);
    await page.reload();
    await expect(checklistItem(page, item.title)).toHaveAttribute("data-status", "todo");
    await expect(checkboxFor(page, item.title)).not.toBeChecked();
  });
}
