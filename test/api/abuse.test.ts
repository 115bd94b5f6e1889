// The audit's amplification attack on a real `dossier serve` with the UN data: coded refusals, bounded memory, a live server.
import { ENGINES, exited, freshTarget, memoryOf, serveProcess, type ServerProcess } from '../helpers';

interface Answer {
  status: number;
  bytes: number;
  codes: string[];
  retryAfter: string | null;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

describe.each(ENGINES)('on %s', (engine) => {
  let server: ServerProcess;

  async function post(query: string): Promise<Answer> {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await res.text();
    const body = JSON.parse(text) as Answer['body'];
    return {
      status: res.status,
      bytes: text.length,
      codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'),
      retryAfter: res.headers.get('retry-after'),
      body,
    };
  }

  const AUDIT_QUERY = '{ resolutions(first:100) { edges { node { evidence { document { text } } } } } }';
  const under = (first: number, alias = 'r') => `${alias}: resolutions(first: ${first}) { edges { node { evidence { document { text } } } } }`;

  beforeAll(async () => {
    server = await serveProcess({
      ...(await freshTarget(engine)),
      DOSSIER_MAX_RESPONSE_BYTES: '2000000',
      DOSSIER_MAX_CONCURRENT: '4',
      DOSSIER_MAX_QUEUED: '8',
    });
  }, 300000);

  afterAll(async () => {
    server.child.kill('SIGTERM');
    await exited(server.child);
  });

  describe('amplification', () => {
    it("refuses the audit's 85-byte query by its cost before running it", async () => {
      const answer = await post(AUDIT_QUERY);
      expect(answer.status).toBe(400);
      expect(answer.codes).toEqual(['COST_LIMIT_EXCEEDED']);
      expect(answer.body.errors![0]!.message).toMatch(/^The operation would cost \d+; the limit is 50000/);
    });

    it('ends an answer over the byte budget with RESPONSE_TOO_LARGE instead of building it', async () => {
      const answer = await post(`{ ${under(40)} }`);
      expect(answer.status).toBe(400);
      expect(answer.codes).toEqual(['RESPONSE_TOO_LARGE']);
      expect(answer.body.data).toBeNull();
      expect(answer.bytes).toBeLessThan(1000);
    });

    it('survives the attack repeated (8 concurrent requests of 3 aliases, 5 rounds): every answer coded, memory bounded', async () => {
      const attack = `{ ${under(12, 'a')} ${under(12, 'b')} ${under(12, 'c')} }`;
      const seen = new Map<string, number>();
      const before = memoryOf(server.child.pid!);
      for (let round = 0; round < 5; round++) {
        const answers = await Promise.all(Array.from({ length: 8 }, () => post(attack)));
        for (const answer of answers) {
          expect(answer.codes.length).toBe(1);
          const code = answer.codes[0]!;
          seen.set(code, (seen.get(code) ?? 0) + 1);
          if (code === 'SERVER_BUSY') {
            expect(answer.status).toBe(503);
            expect(answer.retryAfter).toBe('1');
          } else {
            expect(answer.status).toBe(400);
            expect(code).toBe('RESPONSE_TOO_LARGE');
          }
        }
      }
      expect(seen.get('RESPONSE_TOO_LARGE')).toBeGreaterThan(0);
      const after = memoryOf(server.child.pid!);
      process.stdout.write(
        `memory under the attack: rss ${before.rssMb.toFixed(0)} → ${after.rssMb.toFixed(0)} MB, peak ${before.peakMb.toFixed(0)} → ${after.peakMb.toFixed(0)} MB\n`,
      );
      // The stated ceiling (README, Limits): the attack raises the server's peak resident memory by less than 200 MB.
      expect(after.peakMb - before.peakMb).toBeLessThan(200);
      expect(after.rssMb).toBeLessThan(512);
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(200);
    }, 120000);

    it('answers 503 SERVER_BUSY with Retry-After past the concurrency cap and queue, and serves again after', async () => {
      const answers = await Promise.all(Array.from({ length: 40 }, () => post(`{ ${under(25)} }`)));
      const busy = answers.filter((a) => a.codes[0] === 'SERVER_BUSY');
      expect(busy.length).toBeGreaterThan(0);
      for (const answer of answers) {
        expect([400, 503]).toContain(answer.status);
        expect(answer.codes.length).toBe(1);
      }
      for (const answer of busy) expect(answer.retryAfter).toBe('1');
      const after = await post('{ resolution(number: 2199) { number } }');
      expect(after.body).toEqual({ data: { resolution: { number: 2199 } } });
    }, 60000);

    it('gives the passage around a quote and ranges of long texts instead of whole documents', async () => {
      const answer = await post('{ resolution(number: 2199) { evidence { quote start end context(chars: 30) document { id title length } } } }');
      expect(answer.codes).toEqual([]);
      const evidence = (
        answer.body.data as {
          resolution: {
            evidence: Array<{ quote: string; start: number; end: number; context: string; document: { id: string; title: string | null; length: number } }>;
          };
        }
      ).resolution.evidence;
      const csv = evidence.find((e) => e.document.title?.startsWith('Security Council meetings'))!;
      expect(csv.document.length).toBeGreaterThan(1_000_000);
      expect(csv.context).toContain(csv.quote);
      expect(csv.context.length).toBeLessThanOrEqual(csv.quote.length + 60);
      const range = await post(`{ node(id: "${csv.document.id}") { ... on Document { text(start: ${csv.start}, end: ${csv.end}) } } }`);
      expect(range.body.data).toEqual({ node: { text: csv.quote } });
    });
  });
});
