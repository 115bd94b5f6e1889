// Marks an imported file as fully loaded (set last, so a killed import re-runs). Params: $id, $kind, $at, $rows int. Returns: id.
MATCH (d:Document {id: $id})
SET d.importedAt = $at, d.importKind = $kind, d.importRows = $rows
RETURN d.id AS id
