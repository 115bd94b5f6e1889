// The seed: quotes verified against the texts, documents byte-for-byte, loading twice changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { buildSeedBatches, readSeed, runSeed, SEED_DIR, SeedError, verifySeed } from '../seed/seed';
import { ENGINES, openTestStore } from './helpers';

const SHARED = path.join(__dirname, '..', '..', 'shared', 'seed-documents');

describe('seed documents', () => {
  it('are the given articles byte-for-byte, duplicated paragraph and broken line included', () => {
    const { facts, texts } = readSeed();
    for (const doc of facts.documents.filter((d) => /^\d{3}_/.test(d.file))) {
      const ours = fs.readFileSync(path.join(SEED_DIR, 'documents', doc.file));
      if (fs.existsSync(path.join(SHARED, doc.file))) expect(ours.equals(fs.readFileSync(path.join(SHARED, doc.file)))).toBe(true);
    }
    const tass = texts.get('rogachev-tass-2015')!;
    const firstLine = tass.split('\n')[0]!;
    expect(tass.split('\n')[1]).toBe(firstLine);
    expect(texts.get('moscow-times-2015-02-05')).toContain('Moscow rarely drafts\n\ncouncil resolutions.');
  });
});

describe('verifySeed', () => {
  it('accepts the shipped seed, every quote at its offsets', () => {
    const { facts, texts } = readSeed();
    expect(() => verifySeed(facts, texts)).not.toThrow();
  });

  it('fails loudly naming a moved quote, an unknown document and a dangling actor', () => {
    const { facts, texts } = readSeed();
    const broken = structuredClone(facts);
    broken.allegations[0]!.evidence[0]!.start += 1;
    broken.allegations[0]!.evidence[0]!.end += 1;
    broken.actors[1]!.evidence[0]!.doc = 'no-such-doc';
    broken.allegations[2]!.named[0]!.actor = 'atlantis';
    let message = '';
    try {
      verifySeed(broken, texts);
    } catch (error) {
      expect(error).toBeInstanceOf(SeedError);
      message = (error as Error).message;
    }
    expect(message).toContain('$.allegations[0].evidence[0]');
    expect(message).toContain('(it is at ');
    expect(message).toContain('$.actors[1].evidence[0]: unknown document "no-such-doc"');
    expect(message).toContain('$.allegations[2].named[0]: unknown actor "atlantis"');
  });

  it('gives every allegation, statement and actor at least one quote', () => {
    const { facts } = readSeed();
    for (const list of [facts.allegations, facts.statements, facts.actors, facts.meetings])
      for (const item of list) expect(item.evidence.length).toBeGreaterThan(0);
    expect(buildSeedBatches(facts, readSeed().texts).length).toBeGreaterThan(10);
  });
});

describe.each(ENGINES)('runSeed on %s', (engine) => {
  it('is idempotent: a second run changes no counts, and every stored quote matches its document', async () => {
    const store = await openTestStore(engine);
    try {
      const count = async () => ({ labels: await store.read('count-nodes-by-label'), types: await store.read('count-relationships-by-type') });
      await runSeed(store);
      const once = await count();
      await runSeed(store);
      expect(await count()).toEqual(once);
      const { facts } = readSeed();
      const ids = facts.documents.map((d) => `Document:${d.id}`);
      const docs = await store.read<{ document: { id: string; text: string } }>('find-documents', { ids, withText: true });
      const textById = new Map(docs.map((d) => [d.document.id, d.document.text]));
      const evidence = await store.readUserCypher(
        'MATCH (e:Evidence)-[:FROM]->(d:Document) RETURN e.quote AS quote, e.start AS start, e.end AS end, d.id AS doc',
        {},
        { maxRows: 10000, timeoutMs: 5000 },
      );
      expect(evidence.rows.length).toBe(104);
      for (const row of evidence.rows) expect(textById.get(row.doc as string)!.slice(row.start as number, row.end as number)).toBe(row.quote);
    } finally {
      await store.close();
    }
  });
});
