import { describe, expect, it } from 'vitest';
// Build-time code in plain JavaScript, run by Vite during the Astro build.
import { helperCode, replacePreloadHelper } from '../../../src/build/preloadHelper.mjs';

interface Chunk {
  type: 'chunk';
  fileName: string;
  code: string;
  moduleIds: string[];
  exports: string[];
  map: unknown;
}

const chunk = (fileName: string, code: string, moduleIds: string[], exports: string[] = []): Chunk => ({
  type: 'chunk',
  fileName,
  code,
  moduleIds,
  exports,
  map: {},
});

const helper = () =>
  chunk(
    '_astro/preload-helper.js',
    'var a=function(a,o){/* links */return a()};export{a as t};',
    ['\0vite/preload-helper.js'],
    ['t'],
  );

describe('the import() helper', () => {
  it('replaces the helper chunk with one that calls the import, under the same export name', async () => {
    const bundle = {
      helper: helper(),
      view: chunk('_astro/View.js', 'import{t as j}from"./preload-helper.js";const x=()=>j(()=>import(`./Form.js`),[]);', [
        '/src/View.tsx',
      ]),
      css: { type: 'asset', fileName: '_astro/Base.css', source: 'a{}' },
    };
    expect(replacePreloadHelper(bundle)).toBe('_astro/preload-helper.js');
    expect(bundle.helper.code).toBe(helperCode('t'));
    expect(bundle.helper.map).toBeNull();
    // The new helper behaves as the old one does with nothing listed: it returns the import.
    const module = await import(`data:text/javascript,${encodeURIComponent(bundle.helper.code)}`);
    await expect(module.t(() => Promise.resolve('loaded'))).resolves.toBe('loaded');
    await expect(module.t(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
  });

  it('stops the build, naming the chunk, when an import lists files to load first', () => {
    const bundle = {
      helper: helper(),
      view: chunk('_astro/Chart.js', 'const x=()=>j(()=>import("./chart.js"),["_astro/chart.css"]);', ['/src/Chart.tsx']),
    };
    expect(() => replacePreloadHelper(bundle)).toThrow(/_astro\/Chart\.js loads a chunk that needs files loaded first/);
    expect(bundle.helper.code).toContain('links');
  });

  it('leaves a bundle alone when the helper shares its chunk with other code', () => {
    const shared = chunk('_astro/runtime.js', 'var a=1;export{a as t};', ['\0vite/preload-helper.js', '/src/db/db.ts'], ['t']);
    expect(replacePreloadHelper({ shared })).toBeNull();
    expect(shared.code).toBe('var a=1;export{a as t};');
  });
});
