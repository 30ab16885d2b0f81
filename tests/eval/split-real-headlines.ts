/**
 * Builds the real-headline evaluation set from collected records and splits it, once, into a
 * development part and a frozen held-out part. Kept for provenance: rerunning it on the same
 * input gives the same split (the split depends only on show names and URLs, never on labels).
 *
 *   tsx tests/eval/split-real-headlines.ts <held-out share 0..1> <records.jsonl>... [--shows shows.jsonl]
 *
 * Records that share a show or a URL stay in the same part, so a show's news and a headline
 * naming two shows never straddle the split (the held-out part must be news the rules never saw).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  namesShow,
  parseJsonLines,
  type RealHeadline,
  RealHeadlineSchema,
  realFile,
  type ShowFacts,
  ShowFactsSchema,
  showKey,
} from '../verdict/real/real-headlines';

const args = process.argv.slice(2);
const share = Number(args.shift());
if (!(share > 0 && share < 1)) throw new Error('first argument: the held-out share, between 0 and 1');
const showsAt = args.indexOf('--shows');
const showFiles = showsAt >= 0 ? args.splice(showsAt, 2).slice(1) : [];

let unnamed = 0;
const records: RealHeadline[] = [];
const seen = new Set<string>();
let dropped = 0;
for (const file of args) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let record: RealHeadline;
    try {
      [record] = parseJsonLines(line, RealHeadlineSchema, file) as [RealHeadline];
    } catch (error) {
      console.warn(`skipped: ${(error as Error).message.slice(0, 200)}`);
      dropped++;
      continue;
    }
    // A verdict whose headline and lead never name the show can't be read from them (the show
    // is only further down the page). A `none` stays: saying nothing is right for it.
    if (record.verdict !== 'none' && !namesShow(`${record.headline} ${record.lead}`, record.show)) {
      unnamed++;
      continue;
    }
    const key = `${record.url} ${showKey(record.show)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    records.push(record);
  }
}
const shows: ShowFacts[] = showFiles.flatMap((file) =>
  parseJsonLines(readFileSync(file, 'utf8'), ShowFactsSchema, file),
);

// Union-find over "show:<key>" and "url:<url>" nodes.
const parent = new Map<string, string>();
const find = (node: string): string => {
  let root = node;
  while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) as string;
  parent.set(node, root);
  return root;
};
const union = (a: string, b: string) => {
  const [ra, rb] = [find(a), find(b)];
  if (ra === rb) return;
  const [low, high] = ra < rb ? [ra, rb] : [rb, ra];
  parent.set(high, low);
};
for (const record of records) union(`show:${showKey(record.show)}`, `url:${record.url}`);

const heldOut = (node: string): boolean => {
  const digest = createHash('sha256').update(find(node)).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < share;
};

const parts = { dev: [] as RealHeadline[], 'held-out': [] as RealHeadline[] };
for (const record of records) parts[heldOut(`show:${showKey(record.show)}`) ? 'held-out' : 'dev'].push(record);
const showParts = { dev: [] as ShowFacts[], 'held-out': [] as ShowFacts[] };
for (const facts of shows) showParts[heldOut(`show:${showKey(facts.show)}`) ? 'held-out' : 'dev'].push(facts);

const asLines = (items: unknown[]) => `${items.map((item) => JSON.stringify(item)).join('\n')}\n`;
for (const part of ['dev', 'held-out'] as const) {
  writeFileSync(realFile(`${part}.jsonl`), asLines(parts[part]));
  if (showFiles.length > 0) writeFileSync(realFile(`shows.${part}.jsonl`), asLines(showParts[part]));
  const counts: Record<string, number> = {};
  for (const record of parts[part]) counts[record.verdict] = (counts[record.verdict] ?? 0) + 1;
  console.log(part, parts[part].length, JSON.stringify(counts), 'shows:', showParts[part].length);
}
console.log(`records: ${records.length}, invalid lines skipped: ${dropped}, show not named: ${unnamed}`);
