import { useEffect, useMemo, useState } from 'preact/hooks';

interface Props {
  text: string;
}

type Render = (text: string) => string;
let renderer: Render | null = null;
let loading: Promise<Render> | null = null;

/**
 * The renderer is fetched once per page and shared by every MarkdownView on it. A view whose
 * first screen usually holds Markdown calls this as it starts, so the renderer arrives while the
 * data is still being read instead of after it.
 */
export function loadRenderer(): Promise<Render> {
  loading ??= import('../lib/markdown').then(({ renderMarkdown }) => (renderer = renderMarkdown));
  return loading;
}

/**
 * Renders a person's Markdown. The renderer (raw HTML off, safe links only) is loaded on first
 * use so pages that never show notes do not carry it. Until it arrives the text shows as typed and
 * marked as loading, so what follows waits rather than moving when the text is formatted.
 */
export function MarkdownView({ text }: Props) {
  const [ready, setReady] = useState(renderer !== null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadRenderer().then(
      () => live && setReady(true),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const html = useMemo(() => (ready && renderer ? renderer(text) : null), [ready, text]);
  if (html === null) {
    return (
      <p class="pre-wrap" data-loading={failed ? undefined : ''}>
        {text}
      </p>
    );
  }
  // Safe: markdown-it runs with html:false, so any markup in `text` arrives escaped.
  return <div class="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
