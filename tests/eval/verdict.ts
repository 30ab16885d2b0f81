/**
 * The verdict on real news: per-class precision and recall, the confusion matrix, the show-level
 * table and the held-out history.
 *
 *   npm run eval:verdict                 the development part (tune on this)
 *   npm run eval:verdict -- --held-out   also the frozen held-out part (milestones only)
 *   npm run eval:verdict -- --held-out --record "what changed"
 *                                        …and append the scores to held-out-history.json
 *   npm run eval:verdict -- --misses     list every miss of the development part
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { confusionRows, describeOutcome, percent, precisionRecallRows } from '../verdict/headline-evaluation';
import { loadRealHeadlines, loadShowFacts, namesShow, type RealPart, realFile } from '../verdict/real/real-headlines';
import { type Reader, type RealEvaluation, scoreHeadlines, scoreShows } from '../verdict/real/score-real';

const args = process.argv.slice(2);
const withHeldOut = args.includes('--held-out');
const showMisses = args.includes('--misses');
const recordAt = args.indexOf('--record');
const recordLabel = recordAt >= 0 ? args[recordAt + 1] : undefined;
if (recordLabel !== undefined && !withHeldOut) throw new Error('--record needs --held-out');

interface HistoryEntry {
  date: string;
  label: string;
  headlines: number;
  headlineOnly: number;
  /** Headline only, on the headlines that name the show (a headline that doesn't can't tell). */
  headlineOnlyNamed?: number;
  withLead: number;
  falseCanceledHeadlineOnly: number;
  falseCanceledWithLead: number;
  revivedAsCanceled: number;
  shows: number;
  showsRight: number;
  renewedOrRevivedShownCanceled: number;
}
const historyFile = realFile('held-out-history.json');

function printPart(part: RealPart) {
  const items = loadRealHeadlines(part);
  console.log(`\n════ ${part}: ${items.length} real headlines ════`);
  if (part === 'dev') {
    console.log(
      'The learned model was trained on this part, so its figures are in-sample; ' +
        'its cross-validated figures: npm run eval:verdict-cv',
    );
  }
  const scores = {} as Record<Reader, RealEvaluation>;
  for (const reader of ['headline', 'with-lead'] as const) {
    const evaluation = scoreHeadlines(items, reader);
    scores[reader] = evaluation;
    console.log(
      `\n── ${reader === 'headline' ? 'headline only (classifyHeadline)' : 'headline + lead (extractArticleFacts)'}`,
    );
    console.log('confusion (rows: labeled, columns: predicted)');
    console.table(confusionRows(evaluation));
    console.table(precisionRecallRows(evaluation));
    console.log(
      `accuracy ${percent(evaluation.accuracy)} · season ${percent(evaluation.seasonAccuracy)} · ` +
        `false "canceled" ${evaluation.falseCanceled.length} · revived read as canceled ${evaluation.revivedAsCanceled}`,
    );
    if (showMisses && part === 'dev') {
      for (const miss of evaluation.outcomes.filter(({ item, got }) => item.verdict !== got.verdict)) {
        console.log(`  ${describeOutcome(miss)}`);
      }
    }
  }

  const named = items.filter((item) => namesShow(item.headline, item.show));
  const namedScore = scoreHeadlines(named, 'headline');
  console.log(
    `\nheadline only, on the ${named.length} headlines that name the show: ${percent(namedScore.accuracy)} · ` +
      `false "canceled" ${namedScore.falseCanceled.length}`,
  );

  const shows = scoreShows(loadShowFacts(part), items);
  console.log(`\n── shows: ${shows.filter((s) => s.right).length}/${shows.length} right`);
  console.table(
    shows.map((s) => ({
      show: s.show,
      fate: s.fate,
      panel: s.got,
      ok: s.right ? '✓' : '✗',
      headlines: s.headlines,
      evidence: (s.evidence ?? '').slice(0, 70),
    })),
  );
  const harmful = shows.filter((s) => (s.fate === 'renewed' || s.fate === 'revived') && s.got === 'canceled').length;
  console.log(`renewed or revived shows shown as canceled: ${harmful}`);

  return { items, scores, shows, harmful, namedScore };
}

printPart('dev');
if (withHeldOut) {
  const { items, scores, shows, harmful, namedScore } = printPart('held-out');
  if (recordLabel !== undefined) {
    const history: HistoryEntry[] = JSON.parse(readFileSync(historyFile, 'utf8'));
    history.push({
      date: new Date().toISOString().slice(0, 10),
      label: recordLabel,
      headlines: items.length,
      headlineOnly: Number(scores.headline.accuracy.toFixed(4)),
      headlineOnlyNamed: Number(namedScore.accuracy.toFixed(4)),
      withLead: Number(scores['with-lead'].accuracy.toFixed(4)),
      falseCanceledHeadlineOnly: scores.headline.falseCanceled.length,
      falseCanceledWithLead: scores['with-lead'].falseCanceled.length,
      revivedAsCanceled: Math.max(scores.headline.revivedAsCanceled, scores['with-lead'].revivedAsCanceled),
      shows: shows.length,
      showsRight: shows.filter((s) => s.right).length,
      renewedOrRevivedShownCanceled: harmful,
    });
    writeFileSync(historyFile, `${JSON.stringify(history, null, 2)}\n`);
    console.log(`\nrecorded in ${historyFile}`);
  }
}

const history: HistoryEntry[] = JSON.parse(readFileSync(historyFile, 'utf8'));
console.log('\n════ held-out history (each scored once, on first run after a change) ════');
console.table(
  history.map((entry) => ({
    date: entry.date,
    change: entry.label.slice(0, 60),
    'headline only': percent(entry.headlineOnly),
    'named in headline': entry.headlineOnlyNamed === undefined ? '' : percent(entry.headlineOnlyNamed),
    'with lead': percent(entry.withLead),
    'false canceled (h/l)': `${entry.falseCanceledHeadlineOnly}/${entry.falseCanceledWithLead}`,
    'revived→canceled': entry.revivedAsCanceled,
    shows: `${entry.showsRight}/${entry.shows}`,
  })),
);
