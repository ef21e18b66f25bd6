import { useEffect, useMemo, useState } from 'preact/hooks';
import { plainParagraphs } from '../lib/plainText';

interface Props {
  text: string;
}

type Render = (text: string) => string;
let renderer: Render | null = null;
let loading: Promise<Render> | null = null;

/** The renderer is fetched once per page, when a text first needs it, and shared by every MarkdownView on it. */
function loadRenderer(): Promise<Render> {
  loading ??= import('../lib/markdown').then(({ renderMarkdown }) => (renderer = renderMarkdown));
  return loading;
}

/**
 * Renders a person's Markdown. The renderer (raw HTML off, safe links only) is loaded on first
 * use so pages that never show notes do not carry it. Text with nothing Markdown would change
 * shows at once, as the renderer would show it. Other text shows as typed and marked as loading
 * until the renderer arrives, so what follows waits rather than moving when the text is formatted.
 */
export function MarkdownView({ text }: Props) {
  const plain = useMemo(() => plainParagraphs(text), [text]);
  const [ready, setReady] = useState(renderer !== null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (ready || plain !== null) return;
    let live = true;
    loadRenderer().then(
      () => live && setReady(true),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [plain === null]);
  const html = useMemo(() => (ready && renderer && plain === null ? renderer(text) : null), [ready, text, plain]);
  if (plain !== null) {
    return (
      <div class="prose">
        {plain.map((lines, index) => (
          <p key={index}>{lines.flatMap((line, at) => (at === 0 ? [line] : [<br key={at} />, line]))}</p>
        ))}
      </div>
    );
  }
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
