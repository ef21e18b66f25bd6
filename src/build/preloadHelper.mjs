// A Vite plugin for the browser build: Vite wraps every import() in a helper that first loads the
// stylesheets and chunks the imported chunk needs. Here modulePreload is off (the service worker
// holds every chunk after the first visit) and every stylesheet belongs to a page, not to a chunk,
// so every call passes an empty list and the helper only calls the import. Its 1.8 KB (0.9 KB
// gzipped) is on every interactive page, so the plugin puts a helper that calls the import in its
// place. Should a chunk ever need a stylesheet or a chunk listed, the build stops and says where,
// instead of leaving that stylesheet out.

const HELPER_ID = '\0vite/preload-helper.js';

/** A wrapped import() whose list of what to load first is not empty, e.g. `t(()=>import("./a.js"),["x.css"])`. */
const LISTED_DEPENDENCIES = /\(\)\s*=>\s*import\((["'`])[^"'`]+\1\)\s*,\s*\[\s*[^\]\s]/;

/** The helper's replacement: load the chunk, as the original does when nothing is listed. */
export function helperCode(exportName) {
  return `const e=(t)=>t();export{e as ${exportName}};\n`;
}

/**
 * Replaces the helper chunk of an output bundle (as Rollup/Rolldown hand it to generateBundle), in
 * place. Returns the helper's file name, or null when no chunk holds the helper alone (it was then
 * bundled with other code and is left as it is). Throws when a call lists dependencies.
 */
export function replacePreloadHelper(bundle) {
  const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
  for (const chunk of chunks) {
    const listed = LISTED_DEPENDENCIES.exec(chunk.code);
    if (listed)
      throw new Error(
        `${chunk.fileName} loads a chunk that needs files loaded first (${listed[0].slice(0, 80)}…); ` +
          'the simplified import() helper of src/build/preloadHelper.mjs cannot load them: remove the plugin or the dependency.',
      );
  }
  const helper = chunks.find((chunk) => chunk.moduleIds.length === 1 && chunk.moduleIds[0] === HELPER_ID);
  if (!helper || helper.exports.length !== 1) return null;
  helper.code = helperCode(helper.exports[0]);
  helper.map = null;
  return helper.fileName;
}

export function preloadHelper() {
  return {
    name: 'portal:plain-import-helper',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      replacePreloadHelper(bundle);
    },
  };
}
