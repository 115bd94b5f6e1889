// Entity resolution across sources: each source keeps its own record; records are merged into an
// actor only on strong evidence (same UN reference, or a good-quality name equal to one actor's name);
// weak evidence (low-quality aliases, short acronyms, several candidates) is kept for review.
import { normaliseName } from '../names';
import type { GraphStore } from '../store/graph-store';

/** A name a source gives, with how much the source trusts it. */
export interface SourceName {
  text: string;
  /** 'primary' | 'Good' | 'a.k.a.' | 'f.k.a.' | 'Low' | 'original-script' | 'iso3' … */
  quality: string;
}

/** What resolving one record decided. */
export interface Resolution {
  /** The actor the record is merged into, or null (a new actor is made for it). */
  actorId: string | null;
  rule: string | null;
  reason: string | null;
  /** Unsure candidates to list for review. */
  possible: Array<{ actorId: string; rule: string; reason: string }>;
}

const WEAK_QUALITIES = new Set(['Low', 'low']);
/** Name keys shorter than this never merge on their own (acronyms such as AQI, IS, JTJ). */
export const MIN_STRONG_KEY_LENGTH = 5;

/** True when a name may merge records on its own. */
export function isStrongName(name: SourceName): boolean {
  const key = normaliseName(name.text);
  if (name.quality === 'iso3') return /^[a-z]{3}$/.test(key);
  return !WEAK_QUALITIES.has(name.quality) && key.replace(/\s/g, '').length >= MIN_STRONG_KEY_LENGTH;
}

/**
 * Splits UN alias strings: "أبو بكر البغدادي (Abu Bakr al-Baghdadi al-Husayni; Abu Bakr al-Baghdadi)"
 * gives the head and each name in the parentheses (nested parentheses kept whole).
 */
export function splitAliasString(text: string): string[] {
  const out: string[] = [];
  const open = text.indexOf('(');
  const head = (open < 0 ? text : text.slice(0, open)).trim();
  if (head) out.push(head);
  if (open >= 0) {
    let depth = 0;
    let part = '';
    for (const c of text.slice(open + 1)) {
      if (c === '(') depth++;
      if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
      if (c === ';' && depth === 0) {
        out.push(part.trim());
        part = '';
      } else part += c;
    }
    out.push(part.trim());
  }
  return out.map((s) => s.replace(/\s*\(original script\)\s*$/i, '').trim()).filter((s) => s.length > 0 && s.toLowerCase() !== 'original script');
}

/** Looks up, in one query, every actor that has any of these names. */
export async function findCandidates(store: GraphStore, names: Iterable<string>): Promise<Map<string, Array<{ actorId: string; kind: string }>>> {
  const keys = [...new Set([...names].map(normaliseName).filter((k) => k.length > 0))];
  const out = new Map<string, Array<{ actorId: string; kind: string }>>();
  for (let i = 0; i < keys.length; i += 2000) {
    const rows = await store.read<{ key: string; actorId: string; kind: string }>('find-actors-by-name-keys', { keys: keys.slice(i, i + 2000) });
    for (const row of rows) {
      const list = out.get(row.key) ?? [];
      if (!list.some((c) => c.actorId === row.actorId)) list.push({ actorId: row.actorId, kind: row.kind });
      out.set(row.key, list);
    }
  }
  return out;
}

/**
 * Decides where a record goes, given candidate actors by name key. `kinds` are the actor kinds the
 * record may merge with (an individual never merges into a state).
 */
export function resolveRecord(names: SourceName[], kinds: string[], candidates: Map<string, Array<{ actorId: string; kind: string }>>): Resolution {
  const strong = new Map<string, string>();
  const weak = new Map<string, string>();
  for (const name of names) {
    const key = normaliseName(name.text);
    for (const candidate of candidates.get(key) ?? []) {
      if (!kinds.includes(candidate.kind)) continue;
      const reason = `${name.quality} name "${name.text}" equals a name of the actor`;
      if (isStrongName(name)) {
        if (!strong.has(candidate.actorId)) strong.set(candidate.actorId, reason);
      } else if (!weak.has(candidate.actorId)) weak.set(candidate.actorId, `${reason} (too weak to merge on its own)`);
    }
  }
  if (strong.size === 1) {
    const [[actorId, reason]] = [...strong.entries()] as [[string, string]];
    return {
      actorId,
      rule: 'same-name',
      reason,
      possible: [...weak.entries()].filter(([id]) => id !== actorId).map(([id, r]) => ({ actorId: id, rule: 'weak-name', reason: r })),
    };
  }
  const possible = [
    ...[...strong.entries()].map(([actorId, reason]) => ({ actorId, rule: 'ambiguous-name', reason: `${reason}; ${strong.size} actors share it` })),
    ...[...weak.entries()].filter(([id]) => !strong.has(id)).map(([actorId, reason]) => ({ actorId, rule: 'weak-name', reason })),
  ];
  return { actorId: null, rule: null, reason: null, possible };
}

/** The actor each record was resolved to before (kept on re-import, so a merge undone by hand stays undone). */
export async function findRecordActors(store: GraphStore, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 2000) {
    for (const row of await store.read<{ id: string; actorId: string }>('find-source-record-actors', { ids: ids.slice(i, i + 2000) }))
      out.set(row.id, row.actorId);
  }
  return out;
}

/** Undoes a merge: the record gets an actor of its own, its names move with it, the old actor stays a possible match. */
export async function unmergeRecord(store: GraphStore, recordId: string, reason: string): Promise<{ oldId: string; newId: string } | null> {
  const rows = await store.read<{ id: string; name: string | null }>('find-source-record-names', { id: recordId });
  const name = rows[0]?.name ?? recordId;
  const newActorId = `Actor:split:${recordId.replace(/^SourceRecord:/, '')}`;
  const result = await store.write<{ oldId: string; newId: string }>('unmerge-source-record', {
    recordId,
    newActorId,
    name,
    nameKey: normaliseName(name),
    reason,
  });
  const moved = result[0];
  if (!moved) return null;
  await store.write('move-record-names', { recordId, fromId: moved.oldId, toId: moved.newId });
  await store.write('move-record-votes', { recordId, fromId: moved.oldId, toId: moved.newId });
  await store.write('refresh-actor-sanctioned', { ids: [moved.oldId, moved.newId] });
  return moved;
}
