/**
 * The table `SqlSmsSidDigests` (smsSidDigests.ts) keeps, for sqlite's and PostgreSQL's migrations
 * alike (only the byte column type differs); apart from the store so migrations import nothing.
 * A row is a 12-byte digest and a day number. On sqlite it keeps its rowid, which the database
 * copy (copyDatabase.ts) pages by.
 */
export const smsSidDigestsTable = (bytes: string): string => `
  CREATE TABLE sms_sid_digests (
    digest ${bytes} PRIMARY KEY,
    day INTEGER NOT NULL
  );
  CREATE INDEX sms_sid_digests_day ON sms_sid_digests (day);
`;
