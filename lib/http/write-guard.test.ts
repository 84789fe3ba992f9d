import { describe, expect, it } from "vitest";
import { assertWriteAllowed, isSameOrigin } from "@/lib/http/write-guard";

const reader = (headers: Record<string, string>) => (name: string) => headers[name];
const app = { host: "127.0.0.1:3000" };

describe("isSameOrigin", () => {
  it("accepts the app's own origin and refuses another port on the same host", () => {
    expect(isSameOrigin(reader({ ...app, origin: "http://127.0.0.1:3000" }))).toBe(true);
    expect(isSameOrigin(reader({ ...app, origin: "http://127.0.0.1:3309" }))).toBe(false);
    expect(isSameOrigin(reader({ ...app, origin: "null" }))).toBe(false);
    expect(isSameOrigin(reader({ ...app, origin: "not a url" }))).toBe(false);
  });

  it("falls back to Sec-Fetch-Site when there is no Origin", () => {
    expect(isSameOrigin(reader({ ...app, "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOrigin(reader({ ...app, "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOrigin(reader({ ...app, "sec-fetch-site": "cross-site" }))).toBe(false);
  });
});

describe("assertWriteAllowed", () => {
  const same = { ...app, origin: "http://127.0.0.1:3000" };

  it("refuses a text/plain or form body with 415, and a foreign origin with 403", () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      expect(() =>
        assertWriteAllowed("POST", reader({ ...same, "content-type": type, "content-length": "9" })),
      ).toThrow(expect.objectContaining({ status: 415 }));
    }
    const foreign = {
      ...app,
      origin: "http://127.0.0.1:3309",
      "content-type": "application/json",
      "content-length": "2",
    };
    expect(() => assertWriteAllowed("POST", reader(foreign))).toThrow(expect.objectContaining({ status: 403 }));
  });

  it("lets same-origin JSON, empty bodies, reads and bearer-token calls through", () => {
    expect(() =>
      assertWriteAllowed(
        "PATCH",
        reader({ ...same, "content-type": "application/json; charset=utf-8", "content-length": "2" }),
      ),
    ).not.toThrow();
    expect(() => assertWriteAllowed("POST", reader(same))).not.toThrow();
    expect(() => assertWriteAllowed("GET", reader({ ...app, origin: "http://evil.example" }))).not.toThrow();
    const bearer = {
      ...app,
      origin: "http://evil.example",
      authorization: "Bearer abc",
      "content-type": "application/json",
      "content-length": "2",
    };
    expect(() => assertWriteAllowed("POST", reader(bearer))).not.toThrow();
    expect(() => assertWriteAllowed("POST", reader({ ...bearer, "content-type": "text/plain" }))).toThrow(
      expect.objectContaining({ status: 415 }),
    );
  });
});
