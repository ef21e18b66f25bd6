import { loadWeightPresets } from './backlog';
import { portalInfo } from './portal';

/** What an export records about the portal and its shipped weight presets, read at build. */
export async function exchangeProps() {
  const presets = (await loadWeightPresets()).map(({ id, name, weights }) => ({ id, name, weights }));
  return { portal: portalInfo(), presets };
}
