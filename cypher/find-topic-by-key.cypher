// The topic whose key or alias matches a normalised key. Params: $key string. Returns: id, key.
MATCH (t:Topic)
WHERE t.key = $key OR $key IN t.aliasKeys
RETURN t.id AS id, t.key AS key
ORDER BY t.key
LIMIT 1
