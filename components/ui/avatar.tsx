const palette = [
  "bg-indigo-100 text-indigo-800 dark:bg-indigo-900/70 dark:text-indigo-200",
  "bg-sky-100 text-sky-800 dark:bg-sky-900/70 dark:text-sky-200",
  "bg-teal-100 text-teal-800 dark:bg-teal-900/70 dark:text-teal-200",
  "bg-amber-100 text-amber-800 dark:bg-amber-900/70 dark:text-amber-200",
  "bg-fuchsia-100 text-fuchsia-800 dark:bg-fuchsia-900/70 dark:text-fuchsia-200",
  "bg-lime-100 text-lime-800 dark:bg-lime-900/70 dark:text-lime-200",
];

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("");

/** A person's initials in a colour of their own (stable per id), beside or instead of their name. */
export function Avatar({ id, name, size = "sm" }: { id: string; name: string; size?: "sm" | "md" }) {
  const hash = [...id].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
  return (
    <span
      aria-hidden
      className={`inline-grid shrink-0 place-items-center rounded-full font-semibold ${palette[hash % palette.length]} ${size === "sm" ? "h-5 w-5 text-[10px]" : "h-7 w-7 text-xs"}`}
    >
      {initials(name) || "?"}
    </span>
  );
}
