import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

// Markdown from the plan, rendered without raw HTML (react-markdown drops it unless told otherwise)
// and with its default URL filter, so `javascript:` links never become clickable.
/** react-markdown passes its syntax-tree node along; it must not reach the DOM. */
function withoutNode<T extends { node?: unknown }>(props: T): Omit<T, "node"> {
  const copy = { ...props };
  delete copy.node;
  return copy;
}

const components: Components = {
  // An unsafe URL comes through emptied: show its text, not a link to nowhere.
  a: (props) =>
    !props.href ? (
      <span>{props.children}</span>
    ) : (
      <a
        {...withoutNode(props)}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-200"
      />
    ),
  p: (props) => <p {...withoutNode(props)} className="my-1.5 first:mt-0 last:mb-0" />,
  ul: (props) => <ul {...withoutNode(props)} className="my-1.5 list-disc space-y-0.5 pl-5" />,
  ol: (props) => <ol {...withoutNode(props)} className="my-1.5 list-decimal space-y-0.5 pl-5" />,
  h1: (props) => <p {...withoutNode(props)} className="mb-1 mt-2 font-semibold" />,
  h2: (props) => <p {...withoutNode(props)} className="mb-1 mt-2 font-semibold" />,
  h3: (props) => <p {...withoutNode(props)} className="mb-1 mt-2 font-semibold" />,
  code: (props) => (
    <code
      {...withoutNode(props)}
      className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] dark:bg-slate-800"
    />
  ),
  pre: (props) => (
    <pre
      {...withoutNode(props)}
      className="my-2 overflow-x-auto rounded-md bg-slate-100 p-2 text-xs dark:bg-slate-800 [&_code]:bg-transparent [&_code]:p-0"
    />
  ),
  blockquote: (props) => (
    <blockquote
      {...withoutNode(props)}
      className="my-1.5 border-l-2 border-slate-300 pl-3 text-slate-600 dark:border-slate-600 dark:text-slate-400"
    />
  ),
  table: (props) => (
    <div className="my-2 overflow-x-auto">
      <table
        {...withoutNode(props)}
        className="min-w-full text-left text-xs [&_td]:border-t [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_th]:px-2 [&_th]:py-1 [&_th]:font-semibold dark:[&_td]:border-slate-700"
      />
    </div>
  ),
  img: ({ alt }) => <span className="italic">[image: {alt}]</span>,
};

export function MarkdownText({ children }: { children: string }) {
  return (
    <div className="break-words text-sm leading-relaxed">
      <Markdown remarkPlugins={[remarkGfm]} components={components} skipHtml>
        {children}
      </Markdown>
    </div>
  );
}
