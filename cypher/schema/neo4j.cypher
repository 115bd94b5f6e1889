// Schema for Neo4j 5: unique constraints (each backed by an index) and lookup indexes.
// Statements are separated by semicolons.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resolution_id IF NOT EXISTS FOR (n:Resolution) REQUIRE n.id IS UNIQUE;
CREATE INDEX resolution_number_idx IF NOT EXISTS FOR (n:Resolution) ON (n.number);
CREATE INDEX resolution_year_idx IF NOT EXISTS FOR (n:Resolution) ON (n.year);
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE INDEX meeting_symbol_idx IF NOT EXISTS FOR (n:Meeting) ON (n.symbol);
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT allegation_id IF NOT EXISTS FOR (n:Allegation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE INDEX topic_key_idx IF NOT EXISTS FOR (n:Topic) ON (n.key);
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT chunk_id IF NOT EXISTS FOR (n:TextChunk) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_record_id IF NOT EXISTS FOR (n:SourceRecord) REQUIRE n.id IS UNIQUE;
// Search: a FULLTEXT index (Lucene, BM25) over the normalised names and texts of what search returns.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Actor|Resolution|Meeting|Document|Allegation) ON EACH [n.searchText];
// The statements list's order (page-statement-ids: WHERE meetingDay IS NOT NULL, ORDER BY meetingDay) reads this index in order.
CREATE INDEX statement_day_idx IF NOT EXISTS FOR (n:Statement) ON (n.meetingDay);
// The actors list with no filter, by name and by kind (page-all-actor-ids…), reads these in order.
CREATE INDEX actor_name_key_idx IF NOT EXISTS FOR (n:Actor) ON (n.nameKey);
CREATE INDEX actor_kind_name_idx IF NOT EXISTS FOR (n:Actor) ON (n.kind, n.nameKey);
// The write path: candidates by id, by document (the review queue, a document's candidates) and by status; decisions and mentions by id.
CREATE CONSTRAINT candidate_id IF NOT EXISTS FOR (n:Candidate) REQUIRE n.id IS UNIQUE;
CREATE INDEX candidate_document_idx IF NOT EXISTS FOR (n:Candidate) ON (n.documentId);
CREATE INDEX candidate_status_idx IF NOT EXISTS FOR (n:Candidate) ON (n.status);
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (n:Mention) REQUIRE n.id IS UNIQUE
