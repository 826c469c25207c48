/** What an import did, for the CLI to print and tests to check. */
export interface ImportProblem {
  /** Where in the input: "line 12", "entity 3 (line 40)", "byte 1048576". */
  readonly position: string;
  readonly message: string;
}

export interface ImportReport {
  readonly file: string;
  readonly format: 'wikidata' | 'popolo' | 'phoenix';
  /** Records read from the input (entities, persons, entries). */
  read: number;
  persons: number;
  posts: number;
  occupancies: number;
  actors: number;
  /** Statements or memberships read before overlapping ones were merged. */
  statements: number;
  readonly problems: ImportProblem[];
  /** Set when the import failed as a whole and the user KB was left as it was. */
  failed: string | null;
}

export function emptyReport(file: string, format: ImportReport['format']): ImportReport {
  return { file, format, read: 0, persons: 0, posts: 0, occupancies: 0, actors: 0, statements: 0, problems: [], failed: null };
}
