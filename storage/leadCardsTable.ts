/**
 * The table of plan cards sent to lead contacts in Teams (`SqlInvitationStore.cardSent`), for
 * sqlite's and PostgreSQL's migrations alike (only the text column type differs); apart from the
 * store so migrations import nothing. Each row is the id Teams gave a card and the plan version it
 * carried, so a card still showing a part taken back since can be changed in place (H321): ids of
 * messages and a number, nothing about the person. Made only if missing, so running it again changes nothing.
 */
export const leadCardsTable = (text: string): string => `
  CREATE TABLE IF NOT EXISTS lead_cards (
    invitation_id ${text} NOT NULL,
    activity_id ${text} NOT NULL,
    plan_version INTEGER NOT NULL,
    sent_at ${text} NOT NULL,
    PRIMARY KEY (invitation_id, activity_id)
  );
`;

/**
 * How the lead contact was last told their plan is taken back (H447): `changed` when every earlier
 * card was changed in place to show none of it, `unchanged` when one could not be. Kept on the
 * invitation, so the person is told what happened only once it has. A word, nothing about the person.
 */
export const takenBackToldSql = 'ALTER TABLE invitations ADD COLUMN taken_back_told TEXT;';

/**
 * When the version the lead contact holds was delivered to them (H490): the person is told, on
 * their next message, the day it was sent. A time, nothing about the person; none once taken back.
 */
export const deliveredAtSql = 'ALTER TABLE invitations ADD COLUMN delivered_at TEXT;';
