/**
 * What the preparation conversation and its helpers (control words, personal data rights,
 * resumption) need from the bot, and what it keeps beside the dialog stack. Its own file, so the
 * helpers depend on it rather than on the conversation that uses them.
 */
import type { CarerStrain } from './recognisers/carerStrain';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { PlanRenderer } from '../content/planRenderer';
import type { Renderer } from '../content/renderer';
import type { ResultPresenter } from '../content/results/resultPresenter';
import type { AuditEntry, AuditTrail } from '../plan/audit';
import type { LeadContactCopies, PlanEvents } from '../plan/planEvents';
import type { Phrases } from './recognisers/phrases';
import type { RootDialog } from './rootDialog';
import type { SectionDialog } from './sectionDialog';
import type { Clock } from '../plan/session';
import type { SessionSource } from './sessionSource';

/** What is held about a person besides their record, and how to erase it all (the person's rights). */
export interface PersonalData {
  /** How many channel identities and live own-copy links lead to the record, and its audit trail. */
  held(recordId: string): Promise<{ identities: number; links: number; history: AuditEntry[] }>;
  /**
   * Erases the record, its identities and links, and the state of `context`'s conversation, with
   * its `delete` audit entry by `actor` in the same transaction. `stored` is called once the
   * erasure is durable: at once, or when the turn's changes it waits with are committed (perhaps
   * only with the turn); a throw before it means nothing was erased.
   */
  erase(context: TurnContext, recordId: string, actor: string, stored?: () => void): Promise<void>;
}

/** What "not my phone" took off the record, as the person is told. */
export interface UntieOutcome {
  /**
   * The channel that joined last: the invitation's mobile, a phone or a chat that joined with a
   * code; with the phone's last digits and when it joined. None when nothing had joined.
   */
  untied?: { kind: 'invitationMobile' | 'phone' | 'webchat' | 'teams'; ending?: string; at: string };
  /** Channels still joined, which saying it again would take off one by one. */
  left: number;
}

/** Kept in conversation state beside the dialog stack: when we last heard from them. */
export interface ConversationMeta {
  lastSeenAt?: string;
  /** The last short message the crisis screen found nothing in, and when: see `RecentMessage`. */
  recent?: { text: string; at: string };
  /** The last reply was a recap ending "Let's carry on": "go on" said to it goes on (see `Resumption`). */
  recapped?: boolean;
  /**
   * The question the last turn's replies left waiting, and when the replies that first asked it
   * went out (by the channel's clock where its message was `channel` stamped, by the sender's own
   * where `sender`): a message sent before then was sent before it was seen (see `SentUnseen`).
   */
  asked?: { key: string; at: string; channel: boolean; sender?: boolean };
}

/** What the conversation needs from the bot. */
export interface ConversationDeps {
  dialogState: StatePropertyAccessor<DialogState>;
  meta: StatePropertyAccessor<ConversationMeta>;
  root: RootDialog;
  sections: readonly SectionDialog[];
  sessions: SessionSource;
  renderer: Renderer;
  plans: PlanRenderer;
  /** Results in words, for telling the person of a corrected one. */
  results: ResultPresenter;
  phrases: Phrases;
  /** A carer's words for strain (`content/carerStrain.yaml`): said first thing, acknowledged (H442). */
  strain: CarerStrain;
  clock: Clock;
  /** After this long away, the next message gets a recap and the question again. */
  resumeAfterMs: number;
  /**
   * By channel id, the least time after replies go out that an answer to them can come back:
   * on SMS they must reach the phone first. None for a channel not named (see `SentUnseen`).
   */
  seenAfterMs: Readonly<Record<string, number>>;
  /** Records left unchanged this many days are deleted (`CAREPREP_RETENTION_DAYS`): told to someone asking about their data. */
  retentionDays: number;
  personalData: PersonalData;
  planEvents: PlanEvents;
  /** Whether the lead contact was ever sent the plan, so taking it back says only what is so. */
  leadCopies: LeadContactCopies;
  audit: AuditTrail;
  /** The person's own-copy links, for "stop my link". */
  ownCopyLinks: { revokeAll(recordId: string): Promise<number> };
  /**
   * Short codes that join another channel to the record, for "continue on my phone"; the channel
   * asking is noted, so it is told when the code is used.
   */
  continueCodes: { issue(context: TurnContext, recordId: string): Promise<{ code: string; expiresAt: string }> };
  /** Where a code can be used, named when one is given: the web chat, and the number people text (none when SMS is off). */
  continueBy: { webUrl: string; smsNumber?: string };
  /** "Not my phone": the channel that joined the record last (the invitation's mobile, or by a code) no longer reaches it. */
  mobiles: { untie(context: TurnContext, recordId: string): Promise<UntieOutcome> };
}
