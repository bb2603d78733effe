/**
 * The columns `emptyTraces.ts` keeps, for sqlite's and PostgreSQL's migrations alike (only the
 * text column type differs); apart from the step so migrations import nothing. Partial indexes:
 * only the few rows of conversations never answered are in them.
 */
export const emptyTracesSql = (text: string): string => `
  ALTER TABLE documents ADD COLUMN empty_record ${text};
  ALTER TABLE processed_activities ADD COLUMN empty_record ${text};
  CREATE INDEX documents_empty_record ON documents (empty_record) WHERE empty_record IS NOT NULL;
  CREATE INDEX processed_activities_empty_record ON processed_activities (empty_record) WHERE empty_record IS NOT NULL;
`;
