import type { ReportStore } from '../cache/report-store';
import type { ResolvedShow } from '../domain';
import { onMessage } from '../messaging/protocol';
import { parsePageShow, parseShowCorrection, parseShowTitle } from '../messaging/validate-message';
import type { ReportService } from '../reports/report-service';

export interface BackgroundServices {
  reports: ReportService;
  store: ReportStore;
  searchCandidates: (title: string) => Promise<ResolvedShow[]>;
  rememberCorrection: (query: ReturnType<typeof parsePageShow>, tvmazeId: number) => Promise<void>;
}

/**
 * Every message the background answers, registered at once and synchronously (MV3 may start
 * the worker just to deliver one message). Each handler validates its data first: content scripts
 * relay what hostile pages contain.
 */
export function registerMessageHandlers(services: BackgroundServices): void {
  onMessage('peekShowReport', ({ data }) => services.reports.peek(parsePageShow(data)));
  onMessage('getShowReport', ({ data }) => services.reports.get(parsePageShow(data)));
  onMessage('getRecentShows', () => services.store.listRecent());
  onMessage('getStorageHealth', () => services.store.health());
  onMessage('searchShowCandidates', ({ data }) => services.searchCandidates(parseShowTitle(data)));
  onMessage('correctShowMatch', async ({ data }) => {
    const { query, tvmazeId } = parseShowCorrection(data);
    await services.rememberCorrection(query, tvmazeId);
    return services.reports.get(query, { forceRefresh: true });
  });
}
