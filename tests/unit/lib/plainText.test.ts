import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown';
import { plainParagraphs } from '../../../src/lib/plainText';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The HTML the paragraphs stand for, in markdown-it's own spelling. */
const asHtml = (paragraphs: string[][]) => paragraphs.map((lines) => `<p>${lines.map(escape).join('<br>\n')}</p>\n`).join('');

describe('text that Markdown would leave as it is', () => {
  it('gives the paragraphs and lines of plain text', () => {
    expect(plainParagraphs('Forecast volume per terminal.\nTwo weeks ahead.\n\n\nSecond “paragraph”?')).toEqual([
      ['Forecast volume per terminal.', 'Two weeks ahead.'],
      ['Second “paragraph”?'],
    ]);
    expect(plainParagraphs('')).toEqual([]);
  });

  it('leaves anything that could be markup, an address or an e-mail to the renderer', () => {
    for (const text of [
      '- a list',
      '1. first',
      '# heading',
      '> quote',
      'some *emphasis*',
      'a `code` span',
      'see https://example.org',
      'see example.org',
      'write to a@b.no',
      'www.example',
      '    indented code',
      'Title\n===',
      'a | b',
      '&copy;',
    ])
      expect(plainParagraphs(text), text).toBeNull();
  });

  it('stands for exactly what the renderer makes of the same text', () => {
    const pieces = [
      'word',
      'Two',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\n \n',
      '.',
      ',',
      '?',
      '!',
      '“',
      '”',
      '"',
      "'",
      '(',
      ')',
      '-',
      '1.',
      '#',
      ':',
      '/',
      'é',
      '→',
      '3',
      'org',
      '*',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const paragraphs = plainParagraphs(text);
        if (paragraphs !== null) expect(asHtml(paragraphs)).toBe(renderMarkdown(text));
      }),
      { numRuns: 2000 },
    );
  });
});
