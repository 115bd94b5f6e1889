// Read-only Cypher over HTTP in Neo4j's Query API shape (POST /db/{database}/query/v2), bounded like the CLI, on both engines.
import { ENGINES, startTestApp, type TestApp } from '../helpers';

interface Answer {
  status: number;
  body: {
    data?: { fields: string[]; values: unknown[][] };
    errors?: Array<{ code: string; message: string; dossierCode?: string }>;
    notifications?: unknown[];
  };
}

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ engine, env: { DOSSIER_MAX_ROWS: '50', DOSSIER_QUERY_TIMEOUT_MS: '8000' } });
  });
  afterAll(() => app.close());

  async function post(body: unknown, database = 'neo4j', type = 'application/json'): Promise<Answer> {
    const res = await fetch(`${app.server.url}/db/${database}/query/v2`, {
      method: 'POST',
      headers: { 'content-type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Answer['body'] };
  }

  it('answers {data: {fields, values}} with parameters, integers as integers and nulls as nulls', async () => {
    const res = await post({
      statement: 'MATCH (a:Actor {kind: $kind}) RETURN a.name AS name, size(a.name) AS letters, a.missing AS missing ORDER BY name LIMIT 3',
      parameters: { kind: 'STATE' },
    });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({
      data: {
        fields: ['name', 'letters', 'missing'],
        values: [
          ['China', 5, null],
          ['France', 6, null],
          ['Iraq', 4, null],
        ],
      },
    });
  });

  it('refuses writes with Neo4j’s access-mode code, and nothing changes', async () => {
    for (const statement of [
      "MATCH (a:Actor {name: 'Russia'}) SET a.name = 'Hacked' RETURN a",
      'CREATE (n:Actor {name: "x"}) RETURN n',
      'MATCH (n) DETACH DELETE n',
    ]) {
      const res = await post({ statement });
      expect(res.status).toBe(403);
      expect(res.body.errors![0]).toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode', dossierCode: 'FORBIDDEN' });
    }
    const check = await post({ statement: "MATCH (a:Actor {name: 'Russia'}) RETURN count(a) AS n" });
    expect(check.body.data!.values).toEqual([[1]]);
  });

  it('bounds rows and time like the CLI', async () => {
    const many = await post({ statement: 'UNWIND range(1, 1000) AS i RETURN i' });
    expect(many.status).toBe(202);
    expect(many.body.data!.values).toHaveLength(50);
    expect(many.body.notifications).toHaveLength(1);
    const slow = await post({
      statement: 'UNWIND range(1, 1000) AS x UNWIND range(1, 1000) AS y UNWIND range(1, 1000) AS z UNWIND range(1, 100) AS w RETURN count(*) AS c',
    });
    expect(slow.status).toBe(408);
    expect(slow.body.errors![0]!.dossierCode).toBe('TIMEOUT');
  });

  it('answers bad requests in the Query API’s error shape', async () => {
    const cases: Array<[unknown, string, string, number, string]> = [
      [{ statement: 'MATCH (n RETURN n' }, 'neo4j', 'application/json', 400, 'Neo.ClientError.Statement.SyntaxError'],
      [{ statement: 'RETURN 1' }, 'nosuchdb', 'application/json', 404, 'Neo.ClientError.Database.DatabaseNotFound'],
      [{ statement: 'RETURN 1' }, 'neo4j', 'text/plain', 415, 'Neo.ClientError.Request.InvalidFormat'],
      ['{not json', 'neo4j', 'application/json', 400, 'Neo.ClientError.Request.Invalid'],
      [{ query: 'RETURN 1' }, 'neo4j', 'application/json', 400, 'Neo.ClientError.Request.Invalid'],
      [{ statement: 'RETURN $x', parameters: [1] }, 'neo4j', 'application/json', 400, 'Neo.ClientError.Request.Invalid'],
    ];
    for (const [body, database, type, status, code] of cases) {
      const res = await post(body, database, type);
      expect([res.status, res.body.errors?.[0]?.code]).toEqual([status, code]);
    }
    const get = await fetch(`${app.server.url}/db/neo4j/query/v2`);
    expect(get.status).toBe(400);
  });
});
