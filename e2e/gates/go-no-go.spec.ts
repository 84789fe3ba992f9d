import type { Browser, Page } from "@playwright/test";
import { test, expect, LIVE, expectLive, expectSamePage, markPage, type SignedIn } from "../support/fixtures";
import { account } from "../support/accounts";
import { signIn } from "../support/sign-in";
import type { TestLaunch } from "../support/launch-factory";

// A go / no-go gate run by three people on three screens: the lead opens it at a desk, QA signs GO,
// the sponsor decides from a phone, and every screen shows each step within a second, without a reload.

const sponsorName = account("sponsor").name;

const gateCard = (page: Page, gateId: string) => page.locator(`[data-testid="gate-card"][data-gate-id="${gateId}"]`);

/** The sponsor on a phone-sized, touch context, signed in through the real form. */
async function sponsorOnPhone(browser: Browser, to: string) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 3,
  });
  const page = await context.newPage();
  await signIn(page, "sponsor", { to });
  return { context, page };
}

async function createGate(api: SignedIn["api"], launch: TestLaunch, body: Record<string, unknown>) {
  const created = await api.send("POST", `/api/launches/${launch.id}/gates`, body);
  expect(created.status, created.text).toBe(201);
  return created.body.id as string;
}

test("lead opens, QA signs GO, the sponsor decides GO on a phone: every screen follows live", async ({
  browser,
  signInAs,
  launch,
  launchFactory,
}) => {
  const gatesPage = `/launches/${launch.id}/gates`;
  const leadSide = await signInAs("lead", { to: gatesPage });
  const qa = await launchFactory.createAccount("QA signer");
  const added = await leadSide.api.send("POST", `/api/launches/${launch.id}/members`, {
    email: qa.email,
    role: "member",
    function: "QA",
  });
  expect(added.status, added.text).toBe(201);
  const gateId = await createGate(leadSide.api, launch, {
    title: "Final sign-off",
    criteria: { signoffs: [{ by: "function", value: "QA", rule: "all" }] },
  });
  await leadSide.page.reload();
  const qaSide = await signInAs(qa, { to: gatesPage });
  const sponsor = await sponsorOnPhone(browser, gatesPage);
  try {
    for (const page of [leadSide.page, qaSide.page, sponsor.page]) await expectLive(page);
    for (const page of [leadSide.page, qaSide.page, sponsor.page]) await markPage(page);
    await expect(qaSide.page.getByTestId("signoff-requested-banner")).toHaveCount(0);

    await gateCard(leadSide.page, gateId).getByTestId("gate-open").click();

    // QA is asked, by a banner that names the gate, and signs GO on the gate's card.
    const banner = qaSide.page.getByTestId("signoff-requested-banner");
    await expect(banner).toContainText("Your sign-off is requested: Final sign-off", LIVE);
    await gateCard(qaSide.page, gateId).getByTestId("sign-go").click();
    await expect(gateCard(qaSide.page, gateId).getByTestId("my-signoff")).toHaveAttribute("data-verdict", "go");
    await expect(banner).toHaveCount(0);

    const leadGate = gateCard(leadSide.page, gateId);
    const signoff = leadGate.getByTestId("signoff-entry");
    await expect(signoff).toHaveAttribute("data-verdict", "go", LIVE);
    await expect(signoff).toContainText(qa.name, LIVE);
    await expect(leadGate.getByTestId("signoff-requirement")).toHaveAttribute("data-met", "true");

    // The sponsor's GO unlocks as soon as QA has signed, on the phone too.
    const phoneGate = gateCard(sponsor.page, gateId);
    await expect(phoneGate.getByTestId("decide-go")).toBeEnabled(LIVE);
    await phoneGate.getByTestId("decision-comment").fill("Approved, proceed with the cutover");
    await phoneGate.getByTestId("decide-go").click();
    await expect(phoneGate.getByTestId("gate-decision")).toHaveAttribute("data-decision", "go");

    const decision = leadGate.getByTestId("gate-decision");
    await expect(decision).toHaveAttribute("data-decision", "go", LIVE);
    await expect(decision).toContainText(sponsorName, LIVE);
    await expect(decision).toContainText("Approved, proceed with the cutover");
    await expect(decision.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
    await expect(decision.locator("time")).toHaveText(/\d\d:\d\d/);
    await expect(gateCard(qaSide.page, gateId).getByTestId("gate-decision")).toHaveAttribute(
      "data-decision",
      "go",
      LIVE,
    );
    for (const page of [leadSide.page, qaSide.page, sponsor.page]) await expectSamePage(page);
  } finally {
    await sponsor.context.close();
  }
});

test("a viewer cannot sign and a decided round cannot be decided again: nothing changes", async ({
  signInAs,
  launch,
}) => {
  const leadSide = await signInAs("lead");
  const gateId = await createGate(leadSide.api, launch, {
    title: "Final sign-off",
    criteria: { signoffs: [{ by: "role", value: "sponsor", rule: "all" }] },
  });
  const opened = await leadSide.api.send("POST", `/api/launches/${launch.id}/gates/${gateId}/open`);
  expect(opened.status, opened.text).toBe(200);
  const sponsor = await signInAs("sponsor");
  const signed = await sponsor.api.send("POST", `/api/launches/${launch.id}/gates/${gateId}/sign`, { verdict: "go" });
  expect(signed.status, signed.text).toBe(200);
  const decided = await sponsor.api.send("POST", `/api/launches/${launch.id}/gates/${gateId}/decide`, {
    decision: "go",
    comment: "Go",
  });
  expect(decided.status, decided.text).toBe(200);
  const before = await leadSide.api.snapshot(launch.id);

  const viewer = await signInAs("viewer");
  const refused = await viewer.api.send("POST", `/api/launches/${launch.id}/gates/${gateId}/sign`, { verdict: "go" });
  expect(refused.status, refused.text).toBe(403);
  expect(refused.body.error).toMatch(/not a required signer of "Final sign-off"/);

  const again = await sponsor.api.send("POST", `/api/launches/${launch.id}/gates/${gateId}/decide`, {
    decision: "no_go",
    comment: "Changed my mind",
  });
  expect(again.status, again.text).toBe(409);
  expect(again.body.error).toMatch(/already decided GO by/);

  const after = await leadSide.api.snapshot(launch.id);
  expect(after.seq).toBe(before.seq);
  expect((after as unknown as { gates: unknown }).gates).toEqual((before as unknown as { gates: unknown }).gates);
  // And the lead's page shows the one decision there is.
  await leadSide.page.goto(`/launches/${launch.id}/gates`);
  await expect(gateCard(leadSide.page, gateId).getByTestId("gate-decision")).toHaveAttribute("data-decision", "go");
});

test("an override GO needs a reason, and the lead sees it marked as an override with the reason", async ({
  browser,
  signInAs,
  launch,
}) => {
  const gatesPage = `/launches/${launch.id}/gates`;
  const leadSide = await signInAs("lead", { to: gatesPage });
  const smoke = launch.items.find((item) => item.title === "Run the smoke suite")!;
  const gateId = await createGate(leadSide.api, launch, { title: "Cutover gate", criteria: { itemIds: [smoke.id] } });
  const opened = await leadSide.api.send("POST", `/api/launches/${launch.id}/gates/${gateId}/open`);
  expect(opened.status, opened.text).toBe(200);
  await leadSide.page.reload();
  const sponsor = await sponsorOnPhone(browser, gatesPage);
  try {
    await expectLive(leadSide.page);
    await expectLive(sponsor.page);
    await markPage(leadSide.page);
    const leadGate = gateCard(leadSide.page, gateId);
    await expect(leadGate.getByTestId("gate-open-item")).toContainText("Run the smoke suite");

    const phoneGate = gateCard(sponsor.page, gateId);
    await expect(phoneGate.getByTestId("decide-go")).toBeDisabled();
    await phoneGate.getByTestId("override-go").click();
    await expect(phoneGate.getByTestId("override-flow")).toContainText("Run the smoke suite");
    await expect(phoneGate.getByTestId("override-confirm")).toBeDisabled();
    const reason = "Smoke suite ran green on the bridge; the result upload is stuck";
    await phoneGate.getByTestId("override-reason").fill(reason);
    await phoneGate.getByTestId("override-confirm").click();

    const decision = leadGate.getByTestId("gate-decision");
    await expect(decision).toHaveAttribute("data-decision", "go", LIVE);
    await expect(decision.getByTestId("override-badge")).toBeVisible(LIVE);
    await expect(decision.getByTestId("override-reason-text")).toHaveText(reason, LIVE);
    await expect(decision).toContainText(sponsorName);
    await expectSamePage(leadSide.page);
  } finally {
    await sponsor.context.close();
  }
});
