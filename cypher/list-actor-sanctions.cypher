// Sanctions listings resolved to each actor. Params: $ids [actor id]. Returns: parentId, listing {...}.
MATCH (a:Actor)
WHERE a.id IN $ids
MATCH (a)<-[:RESOLVED_TO]-(s:SourceRecord)
WHERE s.referenceNumber IS NOT NULL
RETURN a.id AS parentId, s {...SanctionListing} AS listing
ORDER BY s.listDate DESC, s.referenceNumber, a.id
