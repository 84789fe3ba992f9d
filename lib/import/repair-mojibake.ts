import iconv from "iconv-lite";

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

type ByteOf = (char: string) => number | null;

/** The byte a single-byte code page (as iconv-lite names it) shows as this character. */
function byteMap(encoding: string): ByteOf {
  const map = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const char = iconv.decode(Buffer.from([byte]), encoding);
    if (char !== "\uFFFD") map.set(char, byte);
  }
  // Mac Roman's 0xF0 is the Apple logo, which decoders give as this private-use character.
  if (encoding === "macintosh") map.set("\uF8FF", 0xf0);
  return (char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x80 ? code : (map.get(char) ?? null);
  };
}

// Other readings of UTF-8 seen in runbooks: Windows-1254 (Turkish: "ğŸ“‹" for 📋), Mac Roman ("‚úÖ" for ✅).
// Latin-1 is Windows-1252 with C1 controls, which cp1252Byte already takes. Each is tried only where
// Windows-1252 found nothing to repair.
const OTHER_READINGS: { name: string; byteOf: ByteOf; leads: RegExp }[] = [
  { name: "win1254", byteOf: byteMap("win1254"), leads: /[\u00C2-\u00F4\u011F\u011E\u0130\u0131\u015E\u015F]/ },
  {
    name: "macintosh",
    byteOf: byteMap("macintosh"),
    leads:
      /[\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC]/,
  },
];

// What a repaired sequence may be under a less common reading: letters with accents, punctuation,
// arrows, box drawing, symbols and emoji. "ÀÉÎõü" read as Mac Roman would give Hangul: that is correct text.
const plausible = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0xa0 && code <= 0x24f) ||
    (code >= 0x2000 && code <= 0x2bff) ||
    (code >= 0x1f000 && code <= 0x1faff) ||
    code === 0xfe0f ||
    code === 0xf8ff
  );
};

function repairOnce(text: string, byteOf: ByteOf = cp1252Byte): string {
  const strict = byteOf !== cp1252Byte;
  const chars = Array.from(text);
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const lead = byteOf(chars[i]!);
    const length = sequenceLength(lead);
    const bytes = length ? [lead!, ...chars.slice(i + 1, i + length).map(byteOf)] : [];
    if (length && bytes.length === length && bytes.slice(1).every(isContinuation)) {
      try {
        const decoded = strictUtf8.decode(new Uint8Array(bytes as number[]));
        if (!strict || plausible(decoded)) {
          out += decoded;
          i += length - 1;
          continue;
        }
      } catch {
        // Not valid UTF-8 after all (overlong, surrogate): keep the characters as they are.
      }
    }
    out += chars[i];
  }
  return out;
}

/**
 * Undoes UTF-8 read as Windows-1252 / Latin-1, Windows-1254 or Mac Roman, also when it happened twice;
 * text without damage is returned as is.
 */
export function repairMojibake(text: string): string {
  if (/^[\x00-\x7F]*$/.test(text)) return text;
  // Each reading undoes its own damage, once or twice; the one that undoes the most (the shortest
  // result, since every repair turns several characters into one) wins, Windows-1252 on a tie.
  let best = text;
  for (const reading of [{ byteOf: cp1252Byte, leads: /[\u00C2-\u00F4]/ }, ...OTHER_READINGS]) {
    let current = text;
    for (let pass = 0; pass < 3 && reading.leads.test(current); pass++) {
      const repaired = repairOnce(current, reading.byteOf);
      if (repaired === current) break;
      current = repaired;
    }
    if (Array.from(current).length < Array.from(best).length) best = current;
  }
  return best;
}
