/**
 * Preact hooks live with the UI, not in utils/: they are the panel's and the popup's wiring to the
 * background (components themselves take `{data, actions}` and never ask it).
 */
import { useState } from 'preact/hooks';
import type { PageShow, ShowReport } from '../../utils/domain';
import { describeLookupError } from '../../utils/messaging/describe-error';
import { sendMessage } from '../../utils/messaging/protocol';
import type { ShowPickerView } from '../show-picker';

export interface ShowCorrection {
  /** The picker's state, or null while it is closed. */
  picker: ShowPickerView | null;
  /** Opens the picker on a TVmaze search for the page's title. */
  open: () => void;
  /** ShowPicker's actions. */
  actions: { onSearch: (title: string) => void; onPick: (tvmazeId: number) => void; onCancel: () => void };
}

/**
 * "Wrong show?" wiring shared by the panel and the popup: search TVmaze through the background,
 * then remember the pick for the page's show and hand back the corrected report.
 */
export function useShowCorrection(
  query: PageShow | null,
  on: { picked: () => void; corrected: (report: ShowReport) => void; failed: (message: string) => void },
): ShowCorrection {
  const [picker, setPicker] = useState<ShowPickerView | null>(null);

  const search = (title: string) => {
    setPicker({ state: 'searching', searchTitle: title });
    sendMessage('searchShowCandidates', title).then(
      (candidates) => setPicker({ state: 'results', searchTitle: title, candidates }),
      (error: unknown) => setPicker({ state: 'error', searchTitle: title, message: describeLookupError(error) }),
    );
  };

  return {
    picker,
    open: () => query && search(query.title),
    actions: {
      onSearch: search,
      onCancel: () => setPicker(null),
      onPick: (tvmazeId) => {
        if (!query) return;
        setPicker(null);
        on.picked();
        sendMessage('correctShowMatch', { query, tvmazeId }).then(on.corrected, (error: unknown) =>
          on.failed(describeLookupError(error)),
        );
      },
    },
  };
}
