import type { ArticleFindings, Evidence, ShowReport } from '../utils/domain';
import { imdbTitleUrl } from '../utils/reports/merge-ratings';
import { STATUS_LABELS } from '../utils/status/fate-status';
import { FollowButton, type FollowToggleData } from './follow-button';
import { formatDate, formatRating, formatTimestamp, formatYears, RATING_SOURCE_NAMES, safeHttpsUrl } from './format';
import { StatusBadge } from './status-badge';

interface ShowSummaryProps {
  /** `follow`: the follow toggle's state, where the summary offers one (panel and popup). */
  data: { report: ShowReport; follow?: FollowToggleData | null };
  actions?: { onWrongShow?: () => void; onToggleFollow?: () => void };
}

/**
 * A show's report: status, name, evidence, ratings and attribution. Shared by the page panel and
 * the popup so both keep the same DOM contract. Every value is rendered as text, never as HTML.
 */
export function ShowSummary({ data: { report, follow }, actions }: ShowSummaryProps) {
  if (report.film) {
    return (
      <div class="sf-summary">
        <p class="sf-note" data-testid="showfate-film">
          <strong>{report.query.title}</strong> is a film: ShowFate tracks series only.
        </p>
      </div>
    );
  }
  const { show } = report;
  if (!show) {
    return (
      <div class="sf-summary">
        <StatusBadge data={{ status: report.status }} />
        <p class="sf-note" data-testid="showfate-not-found">
          Not found: no show on TVmaze confidently matches “{report.query.title}”
          {report.query.year ? ` (${report.query.year})` : ''}.
        </p>
        {actions?.onWrongShow && <WrongShowButton label="Search TVmaze" onClick={actions.onWrongShow} />}
      </div>
    );
  }

  const years = formatYears(show);
  const details = [years, show.network].filter(Boolean).join(' · ');
  const tvmazeUrl = safeHttpsUrl(show.tvmazeUrl);
  return (
    <div class="sf-summary">
      <div class="sf-heading">
        <StatusBadge data={{ status: report.status }} />
        <div class="sf-name">
          <span class="sf-title" data-testid="showfate-title">
            {show.name}
          </span>
          {details && <span class="sf-details">{details}</span>}
        </div>
      </div>
      {report.matchMethod === 'title' && (
        <p class="sf-match" data-testid="showfate-match">
          Matched by title
          {actions?.onWrongShow && <WrongShowButton label="Wrong show?" onClick={actions.onWrongShow} />}
        </p>
      )}
      {report.matchMethod === 'user-choice' && (
        <p class="sf-match" data-testid="showfate-match">
          Your choice
          {actions?.onWrongShow && <WrongShowButton label="Change" onClick={actions.onWrongShow} />}
        </p>
      )}
      {follow && actions?.onToggleFollow && (
        <FollowButton data={follow} actions={{ onToggle: actions.onToggleFollow }} />
      )}
      <EvidenceLink report={report} />
      {report.articleFindings && report.evidence && (
        <FindingsNote findings={report.articleFindings} evidence={report.evidence} />
      )}
      {report.ratings.length > 0 && (
        <ul class="sf-ratings" aria-label="Ratings">
          {report.ratings.map((rating) => {
            // Compared by value: the report crossed the message channel, so objects are copies.
            const quoted = report.articleFindings?.ratings.some(
              (found) => found.source === rating.source && found.value === rating.value,
            );
            // IMDb's page from the exact id (the page's own, else TVmaze's), never a URL from a page.
            const page = rating.source === 'imdb' ? imdbTitleUrl(report.query.imdbId ?? report.show?.imdbId) : null;
            return (
              <li
                key={rating.source}
                data-testid="showfate-rating"
                data-source={rating.source}
                data-origin={quoted ? 'article' : 'source'}
                title={quoted ? `Quoted in the ${report.articleFindings?.outlet ?? 'deciding'} article` : undefined}
              >
                <span class="sf-rating-source">{RATING_SOURCE_NAMES[rating.source]}</span>{' '}
                {page ? (
                  <a
                    class="sf-rating-value"
                    href={page}
                    target="_blank"
                    rel="noopener noreferrer"
                    data-testid="showfate-rating-link"
                  >
                    {formatRating(rating)}
                  </a>
                ) : (
                  <span class="sf-rating-value">{formatRating(rating)}</span>
                )}
                {rating.votes !== undefined && (
                  <span class="sf-details"> ({rating.votes.toLocaleString('en-US')} votes)</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {report.conflictingReports && report.evidence && (
        <p class="sf-note" data-testid="showfate-conflicting">
          Outlets disagree on this: the status follows the better-supported reports.
        </p>
      )}
      {report.newsUnavailable && !report.evidence && (
        <p class="sf-note" data-testid="showfate-news-unavailable">
          The news couldn't be checked just now: this status is TVmaze's alone.
        </p>
      )}
      {report.outdated && (
        <p class="sf-note sf-note--warning" data-testid="showfate-outdated" role="status">
          Offline: this may be out of date (last checked {formatTimestamp(report.fetchedAt) ?? 'some time ago'}).
        </p>
      )}
      {tvmazeUrl && (
        <p class="sf-source">
          Show data:{' '}
          <a href={tvmazeUrl} target="_blank" rel="noopener noreferrer" data-testid="showfate-source-tvmaze">
            TVmaze
          </a>{' '}
          (CC BY-SA)
        </p>
      )}
    </div>
  );
}

function EvidenceLink({ report }: { report: ShowReport }) {
  const evidence = report.evidence;
  const url = safeHttpsUrl(evidence?.url);
  if (!evidence || !url) return null;
  const date = formatDate(evidence.published);
  const published = evidence.published && date ? new Date(evidence.published).toISOString() : undefined;
  const line = [STATUS_LABELS[report.status], evidence.outlet, date].filter(Boolean).join(' · ');
  return (
    <a
      class="sf-article"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      data-testid="showfate-article"
      data-published={published}
    >
      <span class="sf-article-line">{line}</span>
      <span class="sf-article-headline">{evidence.headline}</span>
    </a>
  );
}

const SEASON_WORDING: Record<Evidence['verdict'], (season: number) => string> = {
  canceled: (season) => `no season ${season}`,
  renewed: (season) => `renewed for season ${season}`,
  ending: (season) => `season ${season} is the last`,
  revived: (season) => `revived for season ${season}`,
};

/** What the article's own page adds to its headline, credited to the article. */
function FindingsNote({ findings, evidence }: { findings: ArticleFindings; evidence: Evidence }) {
  const facts = [
    findings.decidedOn && `decided ${formatDate(findings.decidedOn)}`,
    findings.season !== null && SEASON_WORDING[evidence.verdict](findings.season),
    findings.network && `by ${findings.network}`,
    findings.premiered && `premiered ${formatDate(findings.premiered)}`,
  ].filter(Boolean);
  if (facts.length === 0 && findings.ratings.length === 0) return null;
  return (
    <p class="sf-note sf-findings" data-testid="showfate-article-facts">
      <span class="sf-details">From the {findings.outlet ?? 'deciding'} article:</span> {facts.join(' · ')}
    </p>
  );
}

function WrongShowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="sf-link-button" data-testid="showfate-wrong-show" onClick={onClick}>
      {label}
    </button>
  );
}
