import type { Page } from "@playwright/test";

/** Collects what a page logs as an error (and uncaught exceptions), to assert the console stays clean. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text().slice(0, 300));
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message.slice(0, 300)}`));
  return { errors: () => [...errors] };
}
