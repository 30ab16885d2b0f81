import type { ArticleFindings, Evidence, ShowReport } from '../utils/domain';
import { formatNumber, type MessageId, t, tCount } from '../utils/i18n/translate';
import { imdbTitleUrl } from '../utils/reports/merge-ratings';
import { statusLabel } from '../utils/status/fate-status';
import { FollowButton, type FollowToggleData } from './follow-button';
import { formatDate, formatRating, formatTimestamp, formatYears, ratingSourceName, safeHttpsUrl } from './format';
import { ratingLink } from './rating-links';
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
          <strong>{report.query.title}</strong> {t('summaryFilm')}
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
          {report.query.year
            ? t('summaryNotFoundWithYear', report.query.title, report.query.year)
            : t('summaryNotFound', report.query.title)}
        </p>
        {actions?.onWrongShow && <WrongShowButton label={t('summarySearchTvmaze')} onClick={actions.onWrongShow} />}
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
          {t('summaryMatchedByTitle')}
          {actions?.onWrongShow && <WrongShowButton label={t('summaryWrongShow')} onClick={actions.onWrongShow} />}
        </p>
      )}
      {report.matchMethod === 'user-choice' && (
        <p class="sf-match" data-testid="showfate-match">
          {t('summaryYourChoice')}
          {actions?.onWrongShow && <WrongShowButton label={t('summaryChange')} onClick={actions.onWrongShow} />}
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
        <ul class="sf-ratings" aria-label={t('summaryRatings')}>
          {report.ratings.map((rating) => {
            // Compared by value: the report crossed the message channel, so objects are copies.
            const quoted = report.articleFindings?.ratings.some(
              (found) => found.source === rating.source && found.value === rating.value,
            );
            // IMDb's page from the exact id (the page's own, else TVmaze's), never a URL from a page;
            // the others' links as their provider built them, checked again (components/rating-links.ts).
            const link =
              rating.source === 'imdb'
                ? (() => {
                    const href = imdbTitleUrl(report.query.imdbId ?? report.show?.imdbId);
                    return href ? { href, kind: 'page' as const } : null;
                  })()
                : ratingLink(rating);
            return (
              <li
                key={rating.source}
                data-testid="showfate-rating"
                data-source={rating.source}
                data-origin={quoted ? 'article' : 'source'}
                title={quoted ? quotedIn(report.articleFindings?.outlet ?? null) : undefined}
              >
                <span class="sf-rating-source">{ratingSourceName(rating.source)}</span>{' '}
                {link ? (
                  <a
                    class="sf-rating-value"
                    href={link.href}
                    target="_blank"
                    rel="noopener noreferrer"
                    data-testid="showfate-rating-link"
                    data-link-kind={link.kind}
                    title={
                      link.kind === 'search'
                        ? t('ratingsSearchLinkTitle', ratingSourceName(rating.source), show.name)
                        : undefined
                    }
                  >
                    {formatRating(rating)}
                  </a>
                ) : (
                  <span class="sf-rating-value">{formatRating(rating)}</span>
                )}
                {rating.votes !== undefined && (
                  <span class="sf-details">
                    {' '}
                    {tCount(rating.votes, { one: 'summaryVotesOne', other: 'summaryVotes' })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {report.conflictingReports && report.evidence && (
        <p class="sf-note" data-testid="showfate-conflicting">
          {t('summaryConflicting')}
        </p>
      )}
      {report.newsUnavailable && !report.evidence && (
        <p class="sf-note" data-testid="showfate-news-unavailable">
          {t('summaryNewsUnavailable')}
        </p>
      )}
      {report.outdated && (
        <p class="sf-note sf-note--warning" data-testid="showfate-outdated" role="status">
          {outdatedNote(formatTimestamp(report.fetchedAt))}
        </p>
      )}
      {tvmazeUrl && (
        <p class="sf-source">
          {t('summaryShowData')}{' '}
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
  const line = [statusLabel(report.status), evidence.outlet, date].filter(Boolean).join(' · ');
  return (
    <a
      class="sf-article"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      data-testid="showfate-article"
      data-published={published}
      data-decided-by={evidence.decidedBy ?? undefined}
      // Why this status: the headline's words the classifier read it from (issue 7, "explain itself").
      title={evidence.decidedBy ? t('evidenceDecidedBy', statusLabel(evidence.verdict), evidence.decidedBy) : undefined}
    >
      <span class="sf-article-line">{line}</span>
      <span class="sf-article-headline">{evidence.headline}</span>
    </a>
  );
}

const SEASON_WORDING: Record<Evidence['verdict'], MessageId> = {
  canceled: 'findingsSeasonCanceled',
  renewed: 'findingsSeasonRenewed',
  ending: 'findingsSeasonEnding',
  revived: 'findingsSeasonRevived',
};

/** "Quoted in the Deadline article" (or "the deciding article" when the outlet is unknown). */
function quotedIn(outlet: string | null): string {
  return outlet ? t('summaryQuotedIn', outlet) : t('summaryQuotedInDeciding');
}

/** "Offline: this may be out of date (last checked Nov 8, 2022)." */
function outdatedNote(checked: string | null): string {
  return checked ? t('summaryOutdated', checked) : t('summaryOutdatedUnknown');
}

/** What the article's own page adds to its headline, credited to the article. */
function FindingsNote({ findings, evidence }: { findings: ArticleFindings; evidence: Evidence }) {
  const facts = [
    findings.decidedOn && t('findingsDecided', formatDate(findings.decidedOn) ?? findings.decidedOn),
    findings.season !== null && t(SEASON_WORDING[evidence.verdict], formatNumber(findings.season)),
    findings.network && t('findingsBy', findings.network),
    findings.premiered && t('findingsPremiered', formatDate(findings.premiered) ?? findings.premiered),
  ].filter(Boolean);
  if (facts.length === 0 && findings.ratings.length === 0) return null;
  return (
    <p class="sf-note sf-findings" data-testid="showfate-article-facts">
      <span class="sf-details">{findings.outlet ? t('findingsFrom', findings.outlet) : t('findingsFromDeciding')}</span>{' '}
      {facts.join(' · ')}
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
