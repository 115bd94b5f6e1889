// Creates or updates topics. Params: $rows [{id, key, name, aliases, aliasKeys}]. Returns: count.
UNWIND $rows AS row
MERGE (t:Topic:Entity {id: row.id})
SET t.key = row.key, t.name = row.name, t.aliases = row.aliases, t.aliasKeys = row.aliasKeys
RETURN count(t) AS count
