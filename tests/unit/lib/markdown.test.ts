import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('**bold** and *soft*')).toBe('<p><strong>bold</strong> and <em>soft</em></p>\n');
  });

  it('escapes raw HTML so typed text never becomes markup', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('does not turn javascript: addresses into links, however they are written', () => {
    for (const source of [
      '[click](javascript:alert(1))',
      '[click](JavaScript:alert(1))',
      '<javascript:alert(1)>',
      '[click](java&#115;cript:alert(1))',
      '[click]( javascript:alert(1) )',
    ]) {
      const html = renderMarkdown(source);
      expect(html, source).not.toContain('<a');
      expect(html.toLowerCase(), source).not.toContain('href="javascript');
    }
  });

  it('does not render data: images', () => {
    expect(renderMarkdown('![x](data:image/svg+xml;base64,PHN2Zz4=)')).not.toContain('<img');
  });

  it('opens http(s) links with rel="noopener noreferrer"', () => {
    expect(renderMarkdown('[docs](https://example.org/guide)')).toBe(
      '<p><a href="https://example.org/guide" rel="noopener noreferrer">docs</a></p>\n',
    );
    expect(renderMarkdown('[docs](http://example.org)')).toContain('rel="noopener noreferrer"');
  });

  it('links bare web addresses, also with rel="noopener noreferrer"', () => {
    expect(renderMarkdown('see https://example.org/x')).toContain('<a href="https://example.org/x" rel="noopener noreferrer">');
  });

  it('keeps mailto and in-page anchor links', () => {
    expect(renderMarkdown('[mail](mailto:team@example.org)')).toContain('href="mailto:team@example.org"');
    expect(renderMarkdown('[up](#top)')).toContain('href="#top"');
  });

  it('keeps single line breaks', () => {
    expect(renderMarkdown('one\ntwo')).toBe('<p>one<br>\ntwo</p>\n');
  });
});
