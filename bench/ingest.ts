// Scores the extraction pipeline (src/ingest) against the hand-labelled gold set (test/fixtures/ingest-gold) and times it per KB and off the event loop.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { normaliseName } from '../src/names';
import { PROJECT_ROOT } from '../src/paths';
import { extract } from '../src/ingest/pipeline';
import { extractInPool, ingestPool } from '../src/ingest/ingest-pool';
import { loadKnownNames, loadResolutions, loadTopics } from '../src/ingest/known-names.loader';
import type { Extraction, ExtractionInput, KnownName, NamedActor } from '../src/ingest/ingest.types';

interface GoldSpan {
  start: number;
  end: number;
}
interface GoldFile {
  file: string;
  publishedOn: string | null;
  sentences: GoldSpan[];
  mentions: Array<GoldSpan & { text: string; actor: string }>;
  resolutionRefs: Array<GoldSpan & { number: number | null; inferredNumber: number | null }>;
  quotes: Array<GoldSpan & { kind: 'DIRECT' | 'REPORTED'; speaker: string | null; anonymous: boolean }>;
  allegations: Array<GoldSpan & { claimant: string | null; claimantIsPublisher: boolean; namedActors: Array<{ actor: string; role: string }> }>;
  dates: Array<GoldSpan & { value: string | null; precision: string }>;
}

/** One line of the table: a stage's counts and scores. */
export interface IngestScore {
  stage: string;
  predicted: number;
  gold: number;
  /** Right among the predicted (precision's numerator). */
  rightPredicted: number;
  /** Found among the gold (recall's numerator). */
  found: number;
  precision: number;
  recall: number;
  f1: number;
  goal: string;
}

/** Gold canonical names that the graph spells another way (the same actor). */
const SAME_ACTOR: Record<string, string> = {
  'Permanent Mission of the Russian Federation to the United Nations': "Russia's United Nations mission",
  'Global Counter-ISIL Coalition': 'US-led coalition',
};

const GOLD_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'ingest-gold');

function score(stage: string, predicted: number, gold: number, rightPredicted: number, found: number, goal = ''): IngestScore {
  const precision = predicted === 0 ? 1 : rightPredicted / predicted;
  const recall = gold === 0 ? 1 : found / gold;
  return {
    stage,
    predicted,
    gold,
    rightPredicted,
    found,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    goal,
  };
}

/** The publication date and publisher of a gold document, from the article manifest or the seed's documents. */
function metadata(file: string): { publishedOn: string | null; publisher: string | null } {
  const base = path.basename(file);
  if (file.startsWith('seed/documents/')) {
    const facts = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'seed', 'facts.json'), 'utf8')) as {
      documents: Array<{ file: string; publishedOn: string | null; publisher: string | null }>;
    };
    const doc = facts.documents.find((d) => d.file === base);
    return { publishedOn: doc?.publishedOn ?? null, publisher: doc?.publisher ?? null };
  }
  const manifest = fs.readFileSync(path.join(PROJECT_ROOT, 'seed', 'data', 'articles', 'articles_manifest.csv'), 'utf8');
  for (const line of manifest.split('\n')) {
    if (!line.includes(base)) continue;
    const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
    return { publishedOn: cells[4] || null, publisher: cells[3] || null };
  }
  return { publishedOn: null, publisher: null };
}

/** The bench's inputs: the nine texts with the graph's names, topics and resolutions. */
export function goldInputs(): Array<{ gold: GoldFile; input: ExtractionInput }> {
  const names = loadKnownNames();
  const topics = loadTopics();
  const resolutions = loadResolutions();
  return fs
    .readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, f), 'utf8')) as GoldFile;
      const text = fs.readFileSync(path.join(PROJECT_ROOT, gold.file), 'utf8');
      return { gold, input: { text, ...metadata(gold.file), names, topics, resolutions } };
    });
}

/** The actor id a gold canonical name means in the graph, or null when the graph does not know it. */
function goldActorResolver(names: KnownName[]): (name: string | null) => string | null {
  const byKey = new Map<string, Set<string>>();
  for (const n of names) {
    const k = normaliseName(n.name);
    if (!byKey.has(k)) byKey.set(k, new Set());
    byKey.get(k)!.add(n.actorId);
  }
  return (name) => {
    if (!name) return null;
    const ids = byKey.get(normaliseName(SAME_ACTOR[name] ?? name));
    return ids && ids.size === 1 ? [...ids][0]! : null;
  };
}

const overlaps = (a: GoldSpan, b: GoldSpan) => a.start < b.end && b.start < a.end;

/** Runs the pipeline over the gold set and scores each stage. */
export function scoreIngest(): { scores: IngestScore[]; extractions: Extraction[] } {
  const docs = goldInputs();
  const resolve = goldActorResolver(docs[0]!.input.names);
  const t = { sentences: [0, 0, 0, 0], linked: [0, 0, 0, 0], known: [0, 0, 0, 0], refs: [0, 0, 0, 0], direct: [0, 0, 0, 0] };
  const rep = { exact: [0, 0, 0, 0], overlap: [0, 0, 0, 0] };
  const alleg = [0, 0, 0, 0];
  let claimantRight = 0;
  let claimantMatched = 0;
  const dates = [0, 0, 0, 0];
  const roles = [0, 0, 0, 0];
  const extractions: Extraction[] = [];
  const speakerRight = (speaker: NamedActor | null, anonymous: boolean, gold: { speaker: string | null; anonymous: boolean }) => {
    if (gold.speaker === null) return speaker === null;
    const id = resolve(gold.speaker);
    if (id) return speaker?.actorId === id;
    return !!speaker && speaker.actorId === null && normaliseName(speaker.name) === normaliseName(gold.speaker) && !anonymous;
  };
  for (const { gold, input } of docs) {
    const x = extract(input);
    extractions.push(x);
    const lo = gold.sentences[0]!.start;
    const hi = gold.sentences[gold.sentences.length - 1]!.end;
    const inBody = (s: GoldSpan) => s.start >= lo && s.end <= hi;
    // Sentences: exact boundaries.
    const predSentences = x.sentences.filter(inBody);
    const goldKeys = new Set(gold.sentences.map((s) => `${s.start}:${s.end}`));
    const hitSentences = predSentences.filter((s) => goldKeys.has(`${s.start}:${s.end}`)).length;
    t.sentences = [
      t.sentences[0]! + predSentences.length,
      t.sentences[1]! + gold.sentences.length,
      t.sentences[2]! + hitSentences,
      t.sentences[3]! + hitSentences,
    ];
    // Linked mentions: the same span (a leading "the" allowed) and the right actor, or none for a name the graph does not know.
    const mentions = x.mentions.filter(inBody);
    const mentionRight = (m: Extraction['mentions'][number], g: GoldFile['mentions'][number]) => {
      const sameSpan = (m.start === g.start || (m.start + 4 === g.start && /^the /i.test(m.quote))) && m.end === g.end;
      if (!sameSpan) return false;
      const id = resolve(g.actor);
      return id ? m.actorId === id : m.actorId === null;
    };
    const rightM = mentions.filter((m) => gold.mentions.some((g) => mentionRight(m, g))).length;
    const foundM = gold.mentions.filter((g) => mentions.some((m) => mentionRight(m, g))).length;
    t.linked = [t.linked[0]! + mentions.length, t.linked[1]! + gold.mentions.length, t.linked[2]! + rightM, t.linked[3]! + foundM];
    const knownGold = gold.mentions.filter((g) => resolve(g.actor) !== null);
    const knownPred = mentions.filter((m) => m.actorId !== null);
    t.known = [
      t.known[0]! + knownPred.length,
      t.known[1]! + knownGold.length,
      t.known[2]! + knownPred.filter((m) => knownGold.some((g) => mentionRight(m, g))).length,
      t.known[3]! + knownGold.filter((g) => knownPred.some((m) => mentionRight(m, g))).length,
    ];
    // Resolution links: an overlapping reference whose number (or first choice) is the gold's.
    const refs = x.references.filter(inBody);
    const refRight = (r: Extraction['references'][number], g: GoldFile['resolutionRefs'][number]) =>
      overlaps(r, g) && (r.number ?? r.choices[0] ?? null) === g.inferredNumber;
    t.refs = [
      t.refs[0]! + refs.length,
      t.refs[1]! + gold.resolutionRefs.length,
      t.refs[2]! + refs.filter((r) => gold.resolutionRefs.some((g) => refRight(r, g))).length,
      t.refs[3]! + gold.resolutionRefs.filter((g) => refs.some((r) => refRight(r, g))).length,
    ];
    // Direct quotes with the right speaker (overlapping content).
    const direct = x.quotations.filter((q) => q.kind === 'DIRECT' && inBody(q));
    const goldDirect = gold.quotes.filter((q) => q.kind === 'DIRECT');
    const directRight = (q: Extraction['quotations'][number], g: GoldFile['quotes'][number]) => overlaps(q, g) && speakerRight(q.speaker, q.anonymous, g);
    t.direct = [
      t.direct[0]! + direct.length,
      t.direct[1]! + goldDirect.length,
      t.direct[2]! + direct.filter((q) => goldDirect.some((g) => directRight(q, g))).length,
      t.direct[3]! + goldDirect.filter((g) => direct.some((q) => directRight(q, g))).length,
    ];
    // Reported speech: exact content span, and any overlap.
    const reported = x.quotations.filter((q) => q.kind === 'REPORTED' && inBody(q));
    const goldReported = gold.quotes.filter((q) => q.kind === 'REPORTED');
    const same = (a: GoldSpan, b: GoldSpan) => a.start === b.start && a.end === b.end;
    for (const [bucket, test] of [
      [rep.exact, same],
      [rep.overlap, overlaps],
    ] as const) {
      bucket[0]! += reported.length;
      bucket[1]! += goldReported.length;
      bucket[2]! += reported.filter((q) => goldReported.some((g) => test(q, g))).length;
      bucket[3]! += goldReported.filter((g) => reported.some((q) => test(q, g))).length;
    }
    // Allegations: a candidate whose evidence overlaps the gold sentence.
    const allegations = x.candidates.filter((c) => c.kind === 'ALLEGATION' && inBody(c.evidence));
    alleg[0]! += allegations.length;
    alleg[1]! += gold.allegations.length;
    alleg[2]! += allegations.filter((c) => gold.allegations.some((g) => overlaps(c.evidence, g))).length;
    for (const g of gold.allegations) {
      const c = allegations.find((a) => overlaps(a.evidence, g));
      if (!c) continue;
      alleg[3]!++;
      claimantMatched++;
      // Named actors with their roles, in the allegations found.
      const pairs = new Set((c.named ?? []).map((n) => `${n.actorId ?? normaliseName(n.name)} ${n.role}`));
      const goldPairs = new Set(g.namedActors.map((n) => `${resolve(n.actor) ?? normaliseName(n.actor)} ${n.role}`));
      roles[0]! += pairs.size;
      roles[1]! += goldPairs.size;
      for (const p of pairs) if (goldPairs.has(p)) roles[2]!++;
      for (const p of goldPairs) if (pairs.has(p)) roles[3]!++;
      const id = resolve(g.claimant);
      if (
        g.claimantIsPublisher
          ? c.claimantIsPublisher
          : id
            ? c.claimant?.actorId === id
            : g.claimant === null
              ? c.claimant === null
              : !!c.claimant && normaliseName(c.claimant.name) === normaliseName(g.claimant)
      ) {
        claimantRight++;
      }
    }
    // Dates: overlapping span with the same value and precision.
    const foundDates = x.dates.filter(inBody);
    const dateRight = (d: Extraction['dates'][number], g: GoldFile['dates'][number]) => overlaps(d, g) && d.value === g.value && d.precision === g.precision;
    dates[0]! += foundDates.length;
    dates[1]! += gold.dates.length;
    dates[2]! += foundDates.filter((d) => gold.dates.some((g) => dateRight(d, g))).length;
    dates[3]! += gold.dates.filter((g) => foundDates.some((d) => dateRight(d, g))).length;
  }
  const row = (stage: string, v: number[], goal = '') => score(stage, v[0]!, v[1]!, v[2]!, v[3]!, goal);
  return {
    extractions,
    scores: [
      row('sentences (exact boundaries)', t.sentences, 'F1 ≥ 0.95'),
      row('linked mentions (span + actor; unknown names unlinked)', t.linked, 'F1 ≥ 0.9'),
      row('linked mentions, actors the graph knows', t.known),
      row('resolution links (number or first choice)', t.refs, 'recall 1.0'),
      row('direct quotes with the right speaker', t.direct, 'F1 ≥ 0.9'),
      row('reported speech, exact span', rep.exact, 'F1 ≥ 0.6'),
      row('reported speech, overlap', rep.overlap, 'F1 ≥ 0.8'),
      row('allegations (evidence overlaps the gold sentence)', alleg, 'recall ≥ 0.8 at precision ≥ 0.6'),
      score('allegation claimants right (of the allegations found)', claimantMatched, claimantMatched, claimantRight, claimantRight),
      row('allegation named actors with roles (of the allegations found)', roles),
      row('dates (value and precision)', dates),
    ],
  };
}

/** A text of about `bytes` bytes made of the articles' bodies, repeated. */
function textOfSize(bodies: string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const body = bodies[i % bodies.length]!;
    parts.push(body);
    size += Buffer.byteLength(body) + 2;
  }
  const text = parts.join('\n\n');
  return text.slice(0, bytes);
}

/** Timing: the nine articles end to end, cost per KB at 1 KB, 100 KB and 1 MB, and the event loop while 1 MB runs in the pool. */
export async function timeIngest(): Promise<Array<[string, string, string]>> {
  const docs = goldInputs();
  const rows: Array<[string, string, string]> = [];
  const fmt = (x: number, d = 1) => x.toFixed(d);
  // A fresh process: loading the pipeline's modules (wink's model, compromise, chrono), the names, and the nine texts.
  const script = `const t = performance.now();
const { goldInputs } = require(${JSON.stringify(__filename)});
const { extract } = require(${JSON.stringify(require.resolve('../src/ingest/pipeline'))});
for (const { input } of goldInputs()) extract(input);
process.stdout.write(String(performance.now() - t));`;
  const cold = Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    for (const { input } of docs) extract(input);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  rows.push(['ingest: the nine articles end to end in a fresh process (module and model loads, names, gazetteer build, extract)', `${fmt(cold)} ms`, '< 2 s']);
  rows.push(['ingest: the nine articles, extract (median of 5 warm runs)', `${fmt(runs[2]!)} ms`, '< 2 s']);
  const bodies = docs.map(({ input }) => input.text.replace(/^[\s\S]*?\n---\n/, ''));
  const base = docs[0]!.input;
  const perKb: string[] = [];
  for (const bytes of [1024, 100 * 1024, 1024 * 1024]) {
    const text = textOfSize(bodies, bytes);
    const input = { ...base, text, publishedOn: '2015-12-17', publisher: 'Bench' };
    extract({ ...input, text: text.slice(0, 2000) });
    const reps = bytes <= 1024 ? 50 : bytes <= 100 * 1024 ? 3 : 1;
    const t = performance.now();
    for (let i = 0; i < reps; i++) extract(input);
    const ms = (performance.now() - t) / reps;
    perKb.push(`${bytes >= 1024 * 1024 ? '1 MB' : `${bytes / 1024} KB`}: ${fmt(ms / (bytes / 1024), 2)} ms/KB (${fmt(ms, 0)} ms)`);
  }
  rows.push(['ingest: cost per KB of text', perKb.join(', '), 'flat']);
  // 1 MB in the pool: the event loop's longest delay meanwhile.
  const text = textOfSize(bodies, 1024 * 1024);
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  await extractInPool({ ...base, text: 'Warm up the thread.' });
  histogram.enable();
  const t = performance.now();
  const result = await extractInPool({ ...base, text, publishedOn: '2015-12-17' });
  const ms = performance.now() - t;
  histogram.disable();
  rows.push([
    'ingest: 1 MB through extractInPool (worker thread)',
    `${fmt(ms, 0)} ms, ${result.candidates.length} candidates; event loop delay meanwhile p99 ${fmt(histogram.percentile(99) / 1e6)} ms, max ${fmt(histogram.max / 1e6)} ms`,
    'no stall',
  ]);
  await ingestPool().close();
  return rows;
}
