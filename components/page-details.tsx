import type { PageDetails } from '../utils/diagnostics/page-details';
import { type MessageId, t } from '../utils/i18n/translate';
import type { ReadingLayer } from '../utils/services/service';

export type CopyState = 'idle' | 'copied' | 'failed';

const COPY_LABELS: Record<CopyState, MessageId> = {
  idle: 'popupCopyDetails',
  copied: 'popupCopied',
  failed: 'popupCopyFailed',
};

/** Where on the page the show was read from, in words (a layer without one fails the typecheck). */
const LAYER_NAMES: Record<ReadingLayer, MessageId> = {
  'page-data': 'layerPageData',
  'structured-data': 'layerStructuredData',
  'page-markup': 'layerPageMarkup',
  'tab-title': 'layerTabTitle',
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
          {t('popupReadFrom', t(LAYER_NAMES[details.layer]))}
        </p>
      )}
      <button type="button" class="sf-link-button" data-testid="showfate-copy-details" onClick={actions.onCopy}>
        {t(COPY_LABELS[copy])}
      </button>
    </div>
  );
}
