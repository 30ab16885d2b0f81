/**
 * Why the classifier read a headline the way it did, for debugging a verdict:
 *
 *   npm run explain:verdict -- "Netflix cancels The Order, renews Space Force" "Space Force"
 *
 * Prints the headline as the phrase tables read it (the show as ⟨show⟩, other titles as ⟨title⟩),
 * whether the show is named, round-up and speculation flags, every verdict phrase found with the
 * words that matched, the phrases given to the show (the words that decided), the rules' verdict,
 * the learned model's opinion where the rules found none, and the verdict.
 */
import { classifyHeadlineWithReason, readHeadline } from '../../utils/verdict/classify-headline';
import { modelMaySpeak, modelOpinion } from '../../utils/verdict/verdict-model';

const [headline, show] = process.argv.slice(2);
if (!headline || !show) {
  console.error('Usage: npm run explain:verdict -- "<headline>" "<show as TVmaze names it>"');
  process.exit(2);
}

const reading = readHeadline(headline, show);
const describe = (phrase: (typeof reading.phrases)[number]) =>
  `${phrase.verdict} ← "${phrase.words}"${phrase.past ? ' (background)' : ''}${phrase.season ? `, season ${phrase.season}` : ''}`;

console.log(`read as:      ${reading.marked}`);
const named = reading.standIn !== null ? `no · described as "${reading.standIn}"` : reading.mentioned ? 'yes' : 'no';
console.log(`show named:   ${named}${reading.roundUp ? ' · a round-up of many shows' : ''}`);
console.log(`speculation:  ${reading.speculative ? 'the show’s clause' : reading.hedged ? 'another clause' : 'none'}`);
console.log('phrases found:');
for (const phrase of reading.phrases) console.log(`  ${describe(phrase)}`);
if (reading.phrases.length === 0) console.log('  (none)');
console.log('about the show (what decided):');
for (const phrase of reading.aboutShow) console.log(`  ${describe(phrase)}`);
if (reading.aboutShow.length === 0) console.log('  (none)');
console.log(`the rules:    ${reading.rules.verdict}${reading.rules.season ? `, season ${reading.rules.season}` : ''}`);
if (reading.rules.verdict === 'none') {
  const opinion = modelOpinion(reading);
  const why = !modelMaySpeak(reading)
    ? 'not asked (another title or a namesake of the show is named)'
    : opinion
      ? `${opinion.verdict} (${(opinion.probability * 100).toFixed(0)}%), from "${opinion.words.join('", "')}"`
      : 'not sure enough';
  console.log(`the model:    ${why}`);
}
const final = classifyHeadlineWithReason(headline, show);
console.log(`verdict:      ${final.verdict}${final.season ? `, season ${final.season}` : ''}`);
