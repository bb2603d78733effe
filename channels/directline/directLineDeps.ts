import type { Logger } from '../../plan/logger';
import type { AdmissionCounter } from '../../storage/rateLimiter';
import type { StreamStore } from '../../storage/streamStore';
import type { RunTurn } from '../turnRunner';
import type { BrowserIdentities } from './browserIdentities';
import type { ScreeningBudget } from './screeningBudget';
import type { UrgentReading } from './turnsWaiting';

/** What the Direct Line needs from the app. */
export interface DirectLineDeps {
  runTurn: RunTurn;
  logger: Logger;
  /** The bot's app id ('' when auth is off): the identity turns run under and replies come from. */
  botAppId: string;
  clock?: () => Date;
  /** Where conversations' streams are kept: in memory for one instance, in the database for several. */
  streams: StreamStore;
  /** The key tokens are signed with: the same on every instance, so each accepts the others' tokens. */
  tokenKey: Buffer;
  /** Counts new conversations per client address and overall (429 with Retry-After beyond the limits). */
  creations: AdmissionCounter;
  /** Reverse proxies in front of the service whose `X-Forwarded-For` entry is believed. */
  trustedProxyHops?: number;
  /** Issues and checks browser identities; its key must outlive restarts for people to resume. */
  browserIdentities?: BrowserIdentities;
  /** True when a page-chosen user id already has a record (a browser from before issued ids). */
  knownUser?: (userId: string) => Promise<boolean>;
  /** What the chat is told, once in a burst, when messages sent at once are refused (`TurnsWaiting`). */
  tooFastNotice: () => Record<string, unknown>;
  /** What the chat is told when a message of `characters` is too long to read (H320). */
  tooLongNotice: (characters: number) => Record<string, unknown>;
  /** What the chat is told when a message was refused unread at the large bodies' cap (H371). */
  busyNotice: () => Record<string, unknown>;
  /** What the chat is told when a message was cut part-way for coming too slowly (H483). */
  cutNotice: () => Record<string, unknown>;
  /** `userId`'s record read for whether a message is urgent at the question waiting (H264): it waits past the cap (H220). */
  screensUrgent?: (userId: string) => Promise<UrgentReading>;
  /** Screening time for the middles of long pastes, per address and overall (H377); tests give a small one. */
  screeningBudget?: ScreeningBudget;
}
