import { useEffect, useState } from 'preact/hooks';
import { type PanelView, ShowPanel } from '../../components/show-panel';
import { ShowPicker, type ShowPickerView } from '../../components/show-picker';
import { describeLookupError } from '../../utils/messaging/describe-error';
import { sendMessage } from '../../utils/messaging/protocol';
import { reportKey } from '../../utils/reports/report-key';
import type { PageShow } from '../../utils/services/service';
import { panelCollapsed } from '../../utils/settings/settings';

/**
 * The panel's wiring: asks the background for the page's report (the cached one first, for an
 * instant paint, then the fresh one) and keeps the collapsed state. The markup is ShowPanel's.
 */
export function PanelApp({ query }: { query: PageShow }) {
  const [view, setView] = useState<PanelView>({ state: 'loading', title: query.title });
  const [attempt, setAttempt] = useState(0);
  const [collapsed, toggleCollapsed] = useCollapsedState(query.pageKind === 'player');
  const [picker, setPicker] = useState<ShowPickerView | null>(null);
  const key = reportKey(query);

  useEffect(() => {
    let active = true;
    setView({ state: 'loading', title: query.title });
    setPicker(null);
    sendMessage('peekShowReport', query)
      .then((cached) => {
        // Only paint the cached report if the fresh one hasn't arrived first.
        if (active && cached) {
          setView((current) =>
            current.state === 'loading' ? { state: 'report', report: cached, refreshing: true } : current,
          );
        }
      })
      .catch(() => {
        // The fresh lookup below reports errors; a failed peek just means no instant paint.
      });
    sendMessage('getShowReport', query).then(
      (report) => active && setView({ state: 'report', report, refreshing: false }),
      (error: unknown) => {
        if (!active) return;
        setView((current) =>
          current.state === 'report'
            ? { ...current, refreshing: false, report: { ...current.report, outdated: true } }
            : { state: 'error', title: query.title, message: describeLookupError(error) },
        );
      },
    );
    return () => {
      active = false;
    };
  }, [key, attempt]);

  const searchCandidates = (title: string) => {
    setPicker({ state: 'searching', searchTitle: title });
    sendMessage('searchShowCandidates', title).then(
      (candidates) => setPicker({ state: 'results', searchTitle: title, candidates }),
      (error: unknown) => setPicker({ state: 'error', searchTitle: title, message: describeLookupError(error) }),
    );
  };

  return (
    <ShowPanel
      data={{ view, collapsed }}
      actions={{
        onToggleCollapsed: toggleCollapsed,
        onRetry: () => setAttempt((n) => n + 1),
        onWrongShow: () => searchCandidates(query.title),
      }}
    >
      {picker && !collapsed && (
        <ShowPicker
          data={{ view: picker }}
          actions={{
            onCancel: () => setPicker(null),
            onSearch: searchCandidates,
            onPick: (tvmazeId) => {
              setPicker(null);
              setView({ state: 'loading', title: query.title });
              sendMessage('correctShowMatch', { query, tvmazeId }).then(
                (report) => setView({ state: 'report', report, refreshing: false }),
                (error: unknown) =>
                  setView({ state: 'error', title: query.title, message: describeLookupError(error) }),
              );
            },
          }}
        />
      )}
    </ShowPanel>
  );
}

/**
 * Title pages remember the collapsed state (one setting for every tab); player pages always start
 * collapsed so the badge doesn't cover the video, and toggling there stays on that page.
 */
function useCollapsedState(startCollapsed: boolean): [boolean, () => void] {
  const [remembered, setRemembered] = useState<boolean | null>(null);
  const [local, setLocal] = useState(startCollapsed);
  useEffect(() => {
    if (startCollapsed) return;
    panelCollapsed.getValue().then(setRemembered, () => setRemembered(false));
    return panelCollapsed.watch((value) => setRemembered(value));
  }, [startCollapsed]);

  if (startCollapsed) return [local, () => setLocal((value) => !value)];
  const collapsed = remembered ?? false;
  return [collapsed, () => void panelCollapsed.setValue(!collapsed)];
}
