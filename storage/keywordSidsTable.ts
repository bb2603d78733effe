/**
 * The table `SqlKeywordSids` (keywordSids.ts) keeps, for sqlite's and PostgreSQL's migrations
 * alike (only the text column type differs); apart from the store so migrations import nothing.
 */
export const keywordSidsTable = (text: string): string => `
  CREATE TABLE sms_keyword_sids (
    sid ${text} PRIMARY KEY,
    identity ${text} NOT NULL,
    at ${text} NOT NULL
  );
  CREATE INDEX sms_keyword_sids_identity ON sms_keyword_sids (identity, at);
`;
