import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $storageInfo, askToPersist, loadStorageInfo } from '../stores/save/storage';
import { formatBytes, formatPercent } from './format';

/** Usage, quota and persistence of this browser's storage for the portal, on the Workspace page. */
export function StorageStatus() {
  const info = useStore($storageInfo);
  const [asking, setAsking] = useState(false);
  useEffect(() => void loadStorageInfo(), []);
  if (!info) return <p>Reading the storage figures…</p>;
  const share = info.usage !== null && info.quota ? info.usage / info.quota : null;
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">Storage in this browser</h2>
      <dl class="storage-figures">
        <dt>Used</dt>
        <dd>{info.usage === null ? 'The browser does not say' : formatBytes(info.usage)}</dd>
        <dt>Available to the portal</dt>
        <dd>
          {info.quota === null ? 'The browser does not say' : formatBytes(info.quota)}
          {share !== null && (share < 0.01 ? ' (less than 1 % used)' : ` (${formatPercent(share)} used)`)}
        </dd>
        <dt>Kept when space runs low</dt>
        <dd>
          {info.persisted === null
            ? 'The browser does not say'
            : info.persisted
              ? 'Yes: the browser will not clear this data on its own'
              : 'No: the browser may clear this data when the device runs low on space'}
        </dd>
      </dl>
      {info.persisted === false && (
        <p>
          <button
            type="button"
            class="secondary"
            disabled={asking}
            onClick={async () => {
              setAsking(true);
              await askToPersist();
              setAsking(false);
            }}
          >
            Ask the browser to keep this data
          </button>{' '}
          <span class="hint">
            Some browsers decide on their own, from how often you use the site; a backup file is safe either way.
          </span>
        </p>
      )}
    </section>
  );
}
