// All topics. Params: none. Returns: topic {id, key, name, aliases, aliasKeys}.
MATCH (t:Topic)
RETURN t {.id, .key, .name, .aliases, .aliasKeys} AS topic
ORDER BY t.key
