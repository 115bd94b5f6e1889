// Jest setup per test file: the analysis deadline of user Cypher is generous, so that no test depends on how loaded the machine is.
import { configureCypherAnalysis } from '../src/store/user-cypher-check';

// Tests run the project's own statements as user Cypher to compare engines; Neo4j's linter takes up to 3 s on some of
// them on a loaded 2-core machine. The deadline itself is tested with its own settings (test/api/abuse-cypher.test.ts).
configureCypherAnalysis({ deadlineMs: 60_000 });
