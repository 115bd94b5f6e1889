// The Relay connection shape every paged list returns: edges with cursors and the page info.
/** Page info of a connection. */
export interface PageInfoRecord {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A page of edges and its page info (start and end cursors taken from the edges). */
export function connectionOf<E extends { cursor: string }>(
  edges: E[],
  hasNextPage: boolean,
  hasPreviousPage: boolean,
): { edges: E[]; pageInfo: PageInfoRecord } {
  return { edges, pageInfo: { hasNextPage, hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null } };
}
