import {
  $backlogLoad,
  $customProfiles,
  $lastDeleted,
  $profileId,
  $ratings,
  $useCases,
  provideBacklogContent,
} from '../../../src/stores/backlog/backlog';
import { $baseline } from '../../../src/stores/backlog/ranking';
import { $importState } from '../../../src/stores/backlog/importState';
import { $saveState } from '../../../src/stores/save/saveState';
import { loadCriteria, loadPresets } from './backlogContent';

/** Puts every backlog store back to its first state, with the real content provided. */
export function resetBacklogStores(): void {
  $useCases.set([]);
  $ratings.set([]);
  $customProfiles.set([]);
  $lastDeleted.set(null);
  $profileId.set('equal');
  $baseline.set(null);
  $backlogLoad.set({ kind: 'loading' });
  $importState.set({ kind: 'idle' });
  $saveState.set({ kind: 'idle' });
  provideBacklogContent(loadCriteria(), loadPresets());
}
