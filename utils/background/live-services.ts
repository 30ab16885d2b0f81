import { createIndexedDbReportStore } from '../cache/report-store';
import { fetchGoogleNews } from '../providers/google-news';
import { tvmazeClient } from '../providers/tvmaze';
import { buildShowReport, type ReportSources } from '../reports/build-show-report';
import { correctionKey } from '../reports/report-key';
import { createReportService } from '../reports/report-service';
import { STREAMING_SERVICES } from '../services/registry';
import type { PageShow } from '../services/service';
import { matchCorrections, readNewsSources } from '../settings/settings';
import { resolveShow } from '../shows/resolve-show';
import type { NewsArticle, ResolvedShow } from '../shows/show-report';
import type { BackgroundServices } from './register-message-handlers';

function preferredNetworks(query: PageShow): string[] {
  return STREAMING_SERVICES.find((service) => service.id === query.service)?.tvmazeNetworks ?? [];
}

/** The real sources: TVmaze and the enabled news feeds, with the user's corrections first. */
export const liveReportSources: ReportSources = {
  resolve: (query) => resolveShow(query, preferredNetworks(query), tvmazeClient),
  async correctedShow(query) {
    const tvmazeId = (await matchCorrections.getValue())[correctionKey(query)];
    return tvmazeId ? tvmazeClient.getShow(tvmazeId) : null;
  },
  async findNews(show: ResolvedShow): Promise<NewsArticle[]> {
    const enabled = await readNewsSources();
    if (!enabled['google-news']) return [];
    try {
      return await fetchGoogleNews(show);
    } catch (error) {
      // No news is better than a wrong verdict: the status then rests on TVmaze alone.
      console.warn('ShowFate: Google News unavailable', error);
      return [];
    }
  },
  now: Date.now,
};

/** Wires the background's services to the real network and IndexedDB. */
export function createLiveBackgroundServices(): BackgroundServices {
  const store = createIndexedDbReportStore();
  const reports = createReportService({ store, build: (query) => buildShowReport(query, liveReportSources) });
  return {
    reports,
    store,
    searchCandidates: async (title) => (await tvmazeClient.searchShows(title)).map((candidate) => candidate.show),
    rememberCorrection: async (query, tvmazeId) => {
      const corrections = await matchCorrections.getValue();
      await matchCorrections.setValue({ ...corrections, [correctionKey(query)]: tvmazeId });
    },
  };
}
