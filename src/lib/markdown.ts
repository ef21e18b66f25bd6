import MarkdownIt from 'markdown-it';

/**
 * Markdown for people's notes and for content guidance. Raw HTML is off, so text typed by a user
 * can never become markup; links are limited to http(s), mailto and in-page anchors, and open
 * with rel="noopener noreferrer".
 */
const renderer = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
renderer.validateLink = (url: string) => /^(https?:|mailto:|#)/i.test(url.trim());
const defaultLinkOpen =
  renderer.renderer.rules['link_open'] ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
renderer.renderer.rules['link_open'] = (tokens, index, options, env, self) => {
  tokens[index]?.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(text: string): string {
  return renderer.render(text);
}
