import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// Build-time code in plain JavaScript, run by Node after the Astro build.
import { withModulePreloads } from '../../../src/build/modulePreload.mjs';

let dist: string;

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'portal-preload-'));
  mkdirSync(join(dist, '_astro'));
  const chunk = (name: string, code: string) => writeFileSync(join(dist, '_astro', name), code);
  chunk('View.js', 'import{a as e}from"./runtime.js";import"./shared.js";const t=()=>import("./chart.js");export{e as View};');
  chunk('runtime.js', 'export const a=1;');
  chunk('shared.js', 'import{a}from"./runtime.js";export const b=a;');
  chunk('chart.js', 'import"./chartLib.js";export const c=3;');
  chunk('chartLib.js', 'export const d=4;');
  chunk('client.js', 'export default 1;');
});

afterEach(() => rmSync(dist, { recursive: true, force: true }));

const page = (base: string) =>
  `<html><head><title>x</title></head><body><astro-island component-url="${base}_astro/View.js" renderer-url="${base}_astro/client.js"></astro-island></body></html>`;
const preloads = (html: string) => [...html.matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((match) => match[1]);

describe('module preloads', () => {
  it('lists every chunk an island imports statically, once, in the head', () => {
    const html = withModulePreloads(page('/'), dist);
    expect(preloads(html)).toEqual(['/_astro/View.js', '/_astro/client.js', '/_astro/runtime.js', '/_astro/shared.js']);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
    expect(preloads(withModulePreloads(html, dist))).toHaveLength(4);
  });

  it('leaves out chunks reached only through import(), so lazy code stays lazy', () => {
    const html = withModulePreloads(page('/'), dist);
    expect(html).not.toContain('chart.js');
    expect(html).not.toContain('chartLib.js');
  });

  it('keeps the base path of a site served from a sub-path', () => {
    expect(preloads(withModulePreloads(page('/portal/'), dist, '/portal/'))).toContain('/portal/_astro/runtime.js');
  });

  it('changes nothing on a page without islands', () => {
    const html = '<html><head></head><body><p>Static</p></body></html>';
    expect(withModulePreloads(html, dist)).toBe(html);
  });
});
