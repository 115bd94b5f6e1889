// All topics. Params: none. Returns: topic {id, key, name, aliases, aliasKeys}.
MATCH (t:Topic)
RETURN t {...Topic} AS topic
ORDER BY t.key
