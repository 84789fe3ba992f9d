"use client";

import { useId, useRef, useState } from "react";
import { inputClass } from "@/components/ui/field";

/**
 * The comment that goes with a GO / NO-GO: optional for GO, required for NO-GO. `demandReason()`
 * answers whether the comment may go ahead, and otherwise flags the box and moves focus to it.
 */
export function useVerdictComment() {
  const [comment, setComment] = useState("");
  const [hint, setHint] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const demandReason = () => {
    if (comment.trim()) return true;
    setHint(true);
    ref.current?.focus();
    return false;
  };
  return { comment, demandReason, field: { comment, setComment, hint, setHint, ref } };
}

export function VerdictComment({
  field,
  note,
  placeholder,
  hintText,
  testId,
}: {
  field: ReturnType<typeof useVerdictComment>["field"];
  /** After "Comment", in lighter type: who sees it and when it is required. */
  note: string;
  placeholder: string;
  hintText: string;
  testId: string;
}) {
  const id = useId();
  const { comment, setComment, hint, setHint, ref } = field;
  return (
    <>
      <label htmlFor={id} className="mt-3 block text-sm font-medium">
        Comment <span className="font-normal text-slate-500 dark:text-slate-400">{note}</span>
      </label>
      <textarea
        id={id}
        ref={ref}
        data-testid={testId}
        rows={2}
        value={comment}
        onChange={(e) => {
          setComment(e.target.value);
          if (e.target.value.trim()) setHint(false);
        }}
        aria-invalid={hint || undefined}
        placeholder={placeholder}
        className={`${inputClass} ${hint ? "border-red-500 ring-1 ring-red-500" : ""}`}
      />
      {hint && (
        <p className="mt-1 text-sm text-red-700 dark:text-red-300" role="alert">
          {hintText}
        </p>
      )}
    </>
  );
}
