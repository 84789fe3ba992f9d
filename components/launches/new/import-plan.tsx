"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, TextArea } from "@/components/ui/field";
import { sendJson } from "@/lib/http/send-json";
import { LaunchBasicsFields, basicsBody, defaultBasics } from "@/components/launches/new/launch-basics";
import { ImportPreview, type Preview } from "@/components/launches/new/import-preview";

/** Paste or upload a plan (Markdown or CSV), preview what it becomes, then create the launch. */
export function ImportPlan() {
  const router = useRouter();
  const [text, setText] = useState("");
  const [format, setFormat] = useState<"markdown" | "csv">("markdown");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [basics, setBasics] = useState(defaultBasics);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A name guessed from the file name gives way to the document's own title once the preview has read it.
  const [nameFromFile, setNameFromFile] = useState<string | null>(null);

  async function readFile(file: File) {
    setFormat(/\.csv$/i.test(file.name) || file.type === "text/csv" ? "csv" : "markdown");
    // The server decodes the bytes by their detected encoding (a Latin-1 file keeps its umlauts) or says it cannot.
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    const decoded = await sendJson<{ text: string; encoding: string }>("POST", "/api/import/decode", {
      base64: btoa(binary),
    });
    if (!decoded.ok) return setError(decoded.body.error);
    setError(null);
    setText(decoded.body.text);
    setPreview(null);
    if (!basics.name || basics.name === nameFromFile) {
      const guessed = file.name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ");
      setBasics({ ...basics, name: guessed });
      setNameFromFile(guessed);
    }
  }

  async function runPreview() {
    setBusy(true);
    setError(null);
    const answer = await sendJson<Preview>("POST", "/api/import/preview", { markdown: text });
    setBusy(false);
    if (!answer.ok) return setError(answer.body.error);
    setPreview(answer.body);
    const nameIsGuess = !basics.name || basics.name === nameFromFile;
    if (answer.body.title && nameIsGuess)
      setBasics({ ...basics, name: answer.body.title, timezone: answer.body.meta.timezone ?? basics.timezone });
  }

  async function create() {
    setBusy(true);
    setError(null);
    const body = format === "csv" ? { csv: text, ...basicsBody(basics) } : { markdown: text, ...basicsBody(basics) };
    const answer = await sendJson<{ id: string }>(
      "POST",
      format === "csv" ? "/api/launches/import-csv" : "/api/launches/import",
      body,
    );
    if (!answer.ok) {
      setBusy(false);
      return setError(answer.body.error);
    }
    router.push(`/launches/${answer.body.id}`);
  }

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <label className="cursor-pointer rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
          Upload a file (.md, .txt, .csv)
          <input
            type="file"
            accept=".md,.markdown,.txt,.csv,text/markdown,text/plain,text/csv"
            className="sr-only"
            onChange={(e) => e.target.files?.[0] && readFile(e.target.files[0])}
            data-testid="import-file"
          />
        </label>
        <span className="text-sm text-slate-500">or paste below · format:</span>
        {(["markdown", "csv"] as const).map((option) => (
          <label key={option} className="flex items-center gap-1 text-sm">
            <input
              type="radio"
              name="format"
              checked={format === option}
              onChange={() => {
                setFormat(option);
                setPreview(null);
              }}
            />
            {option === "markdown" ? "Markdown" : "CSV"}
          </label>
        ))}
      </div>
      <Field
        label={format === "csv" ? "CSV plan" : "Markdown plan"}
        hint={
          format === "csv"
            ? "Columns: section, title, parent, owner, required, status, status_reason, due_offset_minutes, how_to_verify, evidence, details."
            : "Headings become sections; task-list lines (- [ ] …) become items, nested ones as sub-items."
        }
      >
        <TextArea
          rows={12}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setPreview(null);
          }}
          className="font-mono text-xs"
          data-testid="import-text"
          placeholder={"# My go-live\n\n## Pre-deployment\n- [ ] Backups verified\n- [ ] Change approved"}
        />
      </Field>
      <LaunchBasicsFields value={basics} onChange={setBasics} />
      <ErrorMessage message={error} />
      <div className="flex gap-3">
        {format === "markdown" && (
          <Button
            variant="secondary"
            onClick={runPreview}
            disabled={busy || !text.trim()}
            data-testid="import-preview-button"
          >
            Preview
          </Button>
        )}
        <Button
          onClick={create}
          disabled={busy || !text.trim() || (format === "markdown" && !preview)}
          data-testid="import-create-button"
        >
          Create launch
        </Button>
      </div>
      {preview && <ImportPreview preview={preview} />}
    </div>
  );
}
