// Shared types of the importers: kinds, problems with file and line, reports.

/** The kinds of file `dossier import` takes. */
export const IMPORT_KINDS = ['un-meetings', 'un-votes', 'un-sanctions'] as const;

/** A kind of import. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A row that could not be loaded; the rest of the file still loads. */
export interface ImportProblem {
  file: string;
  line: number;
  message: string;
}

/** What one import did. */
export interface ImportReport {
  kind: ImportKind;
  file: string;
  rows: number;
  loaded: number;
  problems: ImportProblem[];
  ms: number;
  written: Record<string, number>;
}

/** The file is not of the kind asked for (or of any kind we know). */
export class WrongFileKindError extends Error {}

/** Progress callback: rows done out of rows total. */
export type Progress = (done: number, total: number) => void;
