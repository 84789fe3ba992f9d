import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signatureHeader, verifySignature } from "@/lib/outbound/sign";
import { isPrivateAddress, privateHostReason } from "@/lib/outbound/host-policy";

describe("webhook signatures", () => {
  it("is HMAC-SHA256 over '<t>.<body>', as the README's receiver example computes it", () => {
    const at = new Date("2026-11-30T12:00:00Z");
    const header = signatureHeader("whsec_test", '{"a":1}', at);
    const expected = createHmac("sha256", "whsec_test")
      .update(`${at.getTime() / 1000}.{"a":1}`)
      .digest("hex");
    expect(header).toBe(`t=${at.getTime() / 1000},v1=${expected}`);
    expect(verifySignature("whsec_test", '{"a":1}', header, { now: at.getTime() })).toBe(true);
  });

  it("rejects another secret, a changed body and an old timestamp", () => {
    const at = new Date("2026-11-30T12:00:00Z");
    const header = signatureHeader("whsec_test", "{}", at);
    expect(verifySignature("whsec_other", "{}", header, { now: at.getTime() })).toBe(false);
    expect(verifySignature("whsec_test", "{ }", header, { now: at.getTime() })).toBe(false);
    expect(verifySignature("whsec_test", "{}", header, { now: at.getTime() + 301_000 })).toBe(false);
  });
});

describe("private hosts", () => {
  it("knows loopback, private, link-local and mapped addresses from public ones", () => {
    for (const address of [
      "127.0.0.1",
      "10.0.0.5",
      "172.20.1.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ["8.8.8.8", "172.32.0.1", "2606:4700::1111", "93.184.216.34"])
      expect(isPrivateAddress(address), address).toBe(false);
    expect(privateHostReason("localhost")).toMatch(/this server/);
    expect(privateHostReason("hooks.slack.com")).toBeNull();
  });
});
