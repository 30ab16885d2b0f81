import type { PageDetails } from '../utils/diagnostics/page-details';
import { READING_LAYERS } from '../utils/services/service';

export type CopyState = 'idle' | 'copied' | 'failed';

const COPY_LABELS: Record<CopyState, string> = {
  idle: 'Copy page details',
  copied: 'Copied',
  failed: "Couldn't copy",
};

/**
 * Under the current tab's summary: which layer of the page the show was read from, and the button
 * that copies the page's details for a bug report (README, "Reporting a page ShowFate misreads").
 */
export function PageDetailsBar({
  data: { details, copy },
  actions,
}: {
  data: { details: PageDetails; copy: CopyState };
  actions: { onCopy: () => void };
}) {
  return (
    <div class="sf-page-details" data-testid="showfate-page-details">
      {details.layer && (
        <p class="sf-note" data-testid="showfate-read-from" data-layer={details.layer}>
          Read from: {READING_LAYERS[details.layer]}
        </p>
      )}
      <button type="button" class="sf-link-button" data-testid="showfate-copy-details" onClick={actions.onCopy}>
        {COPY_LABELS[copy]}
      </button>
    </div>
  );
}
