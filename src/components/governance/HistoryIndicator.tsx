import type { HistoryState } from '../../stores/governance/review';

/** Whether the history can be trusted, in one line. */
export function HistoryIndicator({ check }: { check: HistoryState | null }) {
  if (!check) return <p class="history-state">Checking the history…</p>;
  if ('failed' in check) {
    return (
      <p class="history-state broken" role="alert">
        <strong>The history could not be checked</strong> ({check.failed}). Reload the page to check it again.
      </p>
    );
  }
  if (!check.chain.intact) {
    return (
      <p class="history-state broken" role="alert">
        <strong>History broken at entry {check.chain.firstBrokenSeq}:</strong> {check.chain.reason}.
      </p>
    );
  }
  if (check.replay && !check.replay.matches) {
    return (
      <p class="history-state broken" role="alert">
        <strong>History intact, but the stored answers do not match it:</strong> {check.replay.reason}.
      </p>
    );
  }
  return (
    <p class="history-state intact">
      <strong>History intact:</strong> {check.entries} {check.entries === 1 ? 'entry' : 'entries'}, each one’s fingerprint checks
      out
      {check.replay ? ' and the stored answers match it' : ''}.
    </p>
  );
}
