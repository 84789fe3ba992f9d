import { Fragment } from "react";

const url = /(https?:\/\/[^\s<>"')\]]+)/g;

/** Plain text with its http(s) links clickable; everything else stays text (React escapes it). */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {text.split(url).map((part, index) =>
        index % 2 === 1 ? (
          <a
            key={index}
            href={part}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="break-all font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300"
          >
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
