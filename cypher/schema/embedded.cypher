// Schema for the embedded engine (Grafeo): a unique constraint does not create an index there,
// so every MERGE key gets its own index too. Statements are separated by semicolons.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_id_idx IF NOT EXISTS FOR (n:Entity) ON (n.id);
CREATE INDEX actor_id_idx IF NOT EXISTS FOR (n:Actor) ON (n.id);
CREATE INDEX resolution_id_idx IF NOT EXISTS FOR (n:Resolution) ON (n.id);
CREATE INDEX resolution_number_idx IF NOT EXISTS FOR (n:Resolution) ON (n.number);
CREATE INDEX resolution_year_idx IF NOT EXISTS FOR (n:Resolution) ON (n.year);
CREATE INDEX meeting_id_idx IF NOT EXISTS FOR (n:Meeting) ON (n.id);
CREATE INDEX meeting_symbol_idx IF NOT EXISTS FOR (n:Meeting) ON (n.symbol);
CREATE INDEX document_id_idx IF NOT EXISTS FOR (n:Document) ON (n.id);
CREATE INDEX allegation_id_idx IF NOT EXISTS FOR (n:Allegation) ON (n.id);
CREATE INDEX statement_id_idx IF NOT EXISTS FOR (n:Statement) ON (n.id);
CREATE INDEX topic_id_idx IF NOT EXISTS FOR (n:Topic) ON (n.id);
CREATE INDEX topic_key_idx IF NOT EXISTS FOR (n:Topic) ON (n.key);
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE INDEX evidence_id_idx IF NOT EXISTS FOR (n:Evidence) ON (n.id);
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE;
CREATE INDEX name_key_idx IF NOT EXISTS FOR (n:Name) ON (n.key);
CREATE INDEX chunk_id_idx IF NOT EXISTS FOR (n:TextChunk) ON (n.id);
CREATE INDEX source_record_id_idx IF NOT EXISTS FOR (n:SourceRecord) ON (n.id);
CREATE CONSTRAINT candidate_id IF NOT EXISTS FOR (n:Candidate) REQUIRE n.id IS UNIQUE;
CREATE INDEX candidate_id_idx IF NOT EXISTS FOR (n:Candidate) ON (n.id);
CREATE INDEX candidate_document_idx IF NOT EXISTS FOR (n:Candidate) ON (n.documentId);
CREATE INDEX candidate_status_idx IF NOT EXISTS FOR (n:Candidate) ON (n.status);
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE INDEX decision_id_idx IF NOT EXISTS FOR (n:Decision) ON (n.id);
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (n:Mention) REQUIRE n.id IS UNIQUE;
CREATE INDEX mention_id_idx IF NOT EXISTS FOR (n:Mention) ON (n.id)
