/**
 * Whether a person's text holds nothing Markdown would change, and if so its paragraphs, each a
 * list of lines. Markdown (src/lib/markdown.ts: line breaks kept, links found in bare addresses)
 * would make exactly these paragraphs and line breaks of such text, so it can be shown at once,
 * without waiting for the renderer to load. The test is cautious: any character or line start
 * that could mean markup, an address or an e-mail gives null, and the renderer decides.
 */
const MARKUP = /[\\`*_[\]<>&~|\t@]|:\/\/|www\.|[a-z0-9]\.[a-z]{2,}/i;
const BLOCK_START = /^(\s|#|-|\+|=|\d+[.)])/;

export function plainParagraphs(text: string): string[][] | null {
  if (MARKUP.test(text)) return null;
  const paragraphs = text
    .split(/\n[ \r]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/[ \r]+$/, ''))
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
  if (paragraphs.some((lines) => lines.some((line) => BLOCK_START.test(line)))) return null;
  return paragraphs;
}
