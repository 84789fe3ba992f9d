// Inline Markdown, read the way a person reads it: emphasis, code spans and links give their text,
// decorative emoji in front of a title go, and `**Label**: value` lines are recognised as fields.

/** Text without inline Markdown: `**Docker images** built` → `Docker images built`. */
export function stripInlineMarkdown(text: string): string {
  return (
    text
      // Bounded so a line of a million brackets cannot make the regexes backtrack for minutes.
      .replace(/!\[([^\][]{0,500})\]\([^()\s]{0,2048}\)/g, "$1")
      .replace(/\[([^\][]{1,500})\]\([^()\s]{0,2048}\)/g, "$1")
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
      .replace(/`([^`]*)`/g, "$1")
      .replace(/\*\*(.+?)\*\*/g, "$1")
      .replace(/(^|\W)__(.+?)__(?!\w)/g, "$1$2")
      .replace(/~~(.+?)~~/g, "$1")
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, "$1$2")
      .replace(/(^|\W)_(?=\S)([^_]*?\S)_(?!\w)/g, "$1$2")
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, "$1")
      .replace(/\s+/g, " ")
      .trim()
  );
}

// Emoji, pictographs, box-drawing and other symbols, bullets, and the invisible joiners between them.
const LEADING_DECORATION = /^[\s\p{Extended_Pictographic}\p{So}\p{Cf}\uFE0F\u20E3•‣◦▪·]+/u;

/**
 * A title for a section or an item: inline Markdown stripped and leading decoration dropped
 * (`🚀 Pre-Deployment Checklist` → `Pre-Deployment Checklist`). A step that would leave nothing is skipped.
 */
export function cleanTitle(text: string, { trailingColon = false } = {}): string {
  const stripped = stripInlineMarkdown(text);
  const plain = stripped.replace(/\s*\|+\s*$/, "") || stripped || text.trim();
  const undecorated = plain.replace(LEADING_DECORATION, "") || plain;
  return trailingColon ? undecorated.replace(/\s*:$/, "") || undecorated : undecorated;
}

/** Text cut to at most `max` characters, ending in "…" when cut (never half of a surrogate pair). */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, "")}…`;
}

export type Field = { label: string; value: string };

// `**Label**: value`, `**Label:** value` (also with __); a plain `Label: value` only where asked for.
const BOLD_FIELD = /^(?:\*\*|__)([^*_:][^*_]*?)(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__))\s*(.*)$/;
const PLAIN_FIELD = /^([A-Za-z][A-Za-z /-]{0,40}?)\s*:\s+(.+)$/;

/**
 * The fields a line consists of, or null when it is not made of fields only. Several fields may share a
 * line, separated by `·` or `|`: `**Deployment lead**: Release Manager · **Executive sponsor**: VP Eng`.
 */
export function parseFields(text: string, { allowPlain = false } = {}): Field[] | null {
  const parts = text.trim().split(/\s+[·|]\s+(?=\*\*|__)/);
  const fields: Field[] = [];
  for (const part of parts) {
    const match = BOLD_FIELD.exec(part) ?? (allowPlain ? PLAIN_FIELD.exec(part) : null);
    const value = match ? stripInlineMarkdown(match[2] ?? "") : "";
    if (!match || value === "") return null;
    fields.push({ label: stripInlineMarkdown(match[1] ?? ""), value });
  }
  return fields;
}

/** The text of a line made only of bold text, like `**Pre-Deployment Checks:**`; otherwise null. */
export function boldLabel(text: string): string | null {
  const match = /^(?:\*\*|__)([^*_]+?)(?:\*\*|__)\s*:?$/.exec(text.trim());
  return match ? cleanTitle(match[1] ?? "", { trailingColon: true }) : null;
}

const normaliseLabel = (label: string) =>
  label
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();

export type MetaKey = "system" | "goLive" | "timezone" | "window" | "lead" | "sponsor" | "description";

const metaLabels: Record<string, MetaKey> = {
  system: "system",
  application: "system",
  service: "system",
  "go live": "goLive",
  "go live at": "goLive",
  "go live date": "goLive",
  "go live time": "goLive",
  "launch date": "goLive",
  "launch time": "goLive",
  "public launch": "goLive",
  "official launch": "goLive",
  "go live day": "goLive",
  "cutover time": "goLive",
  "release date": "goLive",
  "release time": "goLive",
  "deployment window": "window",
  "outage window": "window",
  "downtime window": "window",
  timezone: "timezone",
  "time zone": "timezone",
  "change window": "window",
  "maintenance window": "window",
  window: "window",
  "deployment lead": "lead",
  "launch lead": "lead",
  "release lead": "lead",
  lead: "lead",
  "executive sponsor": "sponsor",
  sponsor: "sponsor",
  description: "description",
};

export const metaKeyFor = (label: string): MetaKey | undefined => metaLabels[normaliseLabel(label)];

export type ItemFieldKey = "owner" | "howToVerify" | "evidence" | "details";

// Labels that describe a piece of work rather than being one. Those without a PlanItem field of their
// own are kept in the item's details as "Label: value".
const itemFieldLabels: Record<string, ItemFieldKey> = {
  owner: "owner",
  owners: "owner",
  "owner s": "owner",
  developer: "owner",
  developers: "owner",
  "responsible team": "owner",
  team: "owner",
  who: "owner",
  assignee: "owner",
  "assigned to": "owner",
  responsible: "owner",
  "how to verify": "howToVerify",
  verify: "howToVerify",
  verification: "howToVerify",
  evidence: "evidence",
  "estimated time": "details",
  estimate: "details",
  effort: "details",
  duration: "details",
  priority: "details",
  due: "details",
  deadline: "details",
  notes: "details",
  note: "details",
  dependencies: "details",
  "depends on": "details",
  "story points": "details",
  required: "details",
  "required for go": "details",
  "required for go live": "details",
  points: "details",
};

export const itemFieldKeyFor = (label: string): ItemFieldKey | undefined => itemFieldLabels[normaliseLabel(label)];
