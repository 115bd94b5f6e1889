// Whether an imported file finished loading. Params: $id (document id). Returns: importedAt, importKind.
MATCH (d:Document {id: $id})
RETURN d.importedAt AS importedAt, d.importKind AS importKind
