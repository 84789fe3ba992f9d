import { test, expect } from "../support/fixtures";
import { DEMO_LAUNCH_NAME } from "../support/accounts";

// The post-launch report printed to PDF by Chromium itself: a compact document (sections flow, no
// page per section), every table inside the page's width, on A4 and on Letter.

/** Pages in a PDF Chromium wrote: one "/Type /Page" object per page ("/Pages" is the tree). */
const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

for (const format of ["A4", "Letter"] as const) {
  test(`the demo launch's report prints on ${format} within its page budget, no table wider than the page`, async ({
    signInAs,
    browser,
  }) => {
    const lead = await signInAs("lead");
    const demo = (await lead.api.launches()).find((launch) => launch.name === DEMO_LAUNCH_NAME);
    expect(demo, "the demo launch").toBeTruthy();
    // The printable width of the page (A4 210 mm, Letter 8.5 in, less 12 mm margins each side) at 96 px per inch.
    const printable = Math.floor(((format === "A4" ? 210 : 215.9) - 24) * (96 / 25.4));
    const context = await browser.newContext({
      viewport: { width: printable, height: 1000 },
      storageState: await lead.context.storageState(),
    });
    const page = await context.newPage();
    await page.goto(`/launches/${demo!.id}/report`);
    await expect(page.getByTestId("report-section").first()).toBeVisible();
    await page.emulateMedia({ media: "print" });

    const wide = await page.evaluate((limit) => {
      return Array.from(document.querySelectorAll("table"))
        .map((table) => ({
          width: Math.ceil(table.getBoundingClientRect().width),
          scroll: table.scrollWidth,
          head: table.querySelector("th")?.textContent ?? "",
        }))
        .filter((table) => table.width > limit || table.scroll > limit);
    }, printable);
    expect(wide, "tables wider than the printable page").toEqual([]);
    await expect(page.getByTestId("phone-tabs")).toBeHidden();

    const pdf = await page.pdf({ format, displayHeaderFooter: false, preferCSSPageSize: false });
    const pages = pageCount(pdf);
    // The demo's report: summary, checklist, a 10-step timeline, gates, checkpoints, incidents, comms.
    // It printed as 10 mostly empty pages with a page per section; flowing, it took 2 (A4 and Letter).
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(4);
    test.info().annotations.push({ type: "pdf pages", description: `${format}: ${pages}` });
    console.log(`[print] ${format}: ${pages} pages`);
    await context.close();
  });
}
