import { useEffect, useState } from 'preact/hooks';

interface Props {
  text: string;
}

/**
 * Renders a person's Markdown. The renderer (raw HTML off, safe links only) is loaded on first
 * use so pages that never show notes do not carry it. Until it arrives the text shows as typed.
 */
export function MarkdownView({ text }: Props) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('../lib/markdown').then(({ renderMarkdown }) => {
      if (live) setHtml(renderMarkdown(text));
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (html === null) return <p class="pre-wrap">{text}</p>;
  // Safe: markdown-it runs with html:false, so any markup in `text` arrives escaped.
  return <div class="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
