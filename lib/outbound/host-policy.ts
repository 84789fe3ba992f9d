import { isIP } from "node:net";
import { lookup } from "node:dns/promises";
import { isPrivateAddress, privateHostReason } from "@/lib/outbound/private-host";

export { isPrivateAddress, privateHostReason };

// Outbound URLs come from people, and the server will fetch them: without this check it could be
// pointed at its own database port or a cloud metadata endpoint. Literal addresses and localhost are
// refused when a channel is saved; names are resolved again just before each send (DNS can change).

/** Resolves a hostname at send time and refuses it if any of its addresses is private. */
export async function assertPublicHost(hostname: string): Promise<void> {
  const literal = privateHostReason(hostname);
  if (literal) throw new Error(`Refused: ${literal}.`);
  if (isIP(hostname.replace(/^\[|\]$/g, ""))) return;
  const addresses = await lookup(hostname, { all: true });
  const bad = addresses.find((entry) => isPrivateAddress(entry.address));
  if (bad) throw new Error(`Refused: ${hostname} resolves to the private address ${bad.address}.`);
}
