// UTF-8 text that was once read as Windows-1252 turns 🚀 (F0 9F 9A 80) into "ðŸš€" and ├─ into "â”œâ”€".
// The repair maps each character back to the byte cp1252 gave it and re-reads only the runs that form a
// complete, valid UTF-8 sequence, so correct text (é, —, ·, ├) passes through untouched.

// cp1252's 0x80–0x9F; the five bytes it leaves undefined come back as C1 controls in most decoders.
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function cp1252Byte(char: string): number | null {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const index = CP1252_80_9F.indexOf(char);
  return index >= 0 ? 0x80 + index : code >= 0x80 && code <= 0x9f ? code : null;
}

const isContinuation = (byte: number | null): byte is number => byte !== null && byte >= 0x80 && byte <= 0xbf;
/** How many bytes a UTF-8 sequence starting with this byte has; 0 when it cannot start one. */
function sequenceLength(lead: number | null): number {
  if (lead === null || lead < 0xc2 || lead > 0xf4) return 0;
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function repairOnce(text: string): string {
  const chars = Array.from(text);
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const lead = cp1252Byte(chars[i]!);
    const length = sequenceLength(lead);
    const bytes = length ? [lead!, ...chars.slice(i + 1, i + length).map(cp1252Byte)] : [];
    if (length && bytes.length === length && bytes.slice(1).every(isContinuation)) {
      try {
        out += strictUtf8.decode(new Uint8Array(bytes as number[]));
        i += length - 1;
        continue;
      } catch {
        // Not valid UTF-8 after all (overlong, surrogate): keep the characters as they are.
      }
    }
    out += chars[i];
  }
  return out;
}

/** Undoes UTF-8-read-as-cp1252 damage, also when it happened twice; text without damage is returned as is. */
export function repairMojibake(text: string): string {
  let current = text;
  // Quick exit: every damaged sequence starts with a character standing for a lead byte (Â..ô).
  for (let pass = 0; pass < 3 && /[\u00C2-\u00F4]/.test(current); pass++) {
    const repaired = repairOnce(current);
    if (repaired === current) break;
    current = repaired;
  }
  return current;
}
