import type { ConversationState } from 'botbuilder';
import { CoordinatorHandler, type CoordinatorDeps } from '../channels/teams/coordinatorHandler';
import type { PlanRenderer } from '../content/planRenderer';
import type { Renderer } from '../content/renderer';
import type { CoordinatorStore } from '../coordination/coordinatorStore';
import { InvitationLinker } from '../coordination/invitationLinker';
import type { InvitationStore } from '../coordination/invitationStore';
import type { Texter } from '../coordination/outbound';
import type { ResultIntake } from '../coordination/resultIntake';
import type { Conversation } from '../dialogs/conversation';
import { codeAfterIntro } from '../dialogs/recognisers/codeAfterIntro';
import type { Logger } from '../plan/logger';
import type { Clock } from '../plan/session';
import type { RecordStore } from '../storage/recordStore';
import { CareprepBot, type MessageGuard } from './careprepBot';
import type { Config } from './config';
import type { continuing } from './continuing/continueWiring';
import { CrisisGuard } from './crisisGuard';
import type { LoadedParts } from './loadedParts';
import { FearOfDyingGuard } from './fearOfDyingGuard';
import { ReadingGuard } from './readingGuard';
import type { RecordSessions } from './sessions';

/** What the bot's turn is built from. */
export interface BotWiring {
  config: Config;
  parts: Omit<LoadedParts, 'catalogue'>;
  conversationState: ConversationState;
  sessions: RecordSessions;
  conversation: Conversation;
  renderer: Renderer;
  plans: PlanRenderer;
  records: RecordStore;
  invitations: InvitationStore;
  coordinators: CoordinatorStore;
  texter?: Texter;
  /** Reminders for each new invitation, from the results' follow-ups. */
  reminders: CoordinatorDeps['reminders'];
  /** The "add results" cards, from the results' follow-ups. */
  cards: CoordinatorDeps['results'];
  /** Results that arrived before the person used their code. */
  intake: ResultIntake;
  across: Pick<ReturnType<typeof continuing>, 'attempts' | 'linker' | 'mobiles'>;
  clock: Clock;
  logger: Logger;
}

/**
 * The bot's turn: the safety guards, care coordinators in Teams, invitation codes and codes that
 * join another channel, ahead of the person's conversation.
 */
export function createBot(deps: BotWiring): CareprepBot {
  const { config, parts, sessions, renderer, invitations, clock, logger } = deps;
  const { screen, library, phrases, measures } = parts;
  // The crisis screen first: a very high reading with a symptom is its 999 reply, never only advice.
  const guards: MessageGuard[] = [
    new CrisisGuard({
      screen,
      library,
      sessions,
      renderer,
      phrases,
      clock,
      logger,
      resumeAfterMs: config.resumeAfterMinutes * 60_000,
    }),
    new ReadingGuard({ measures, sessions, renderer, phrases, logger }),
    new FearOfDyingGuard({ sessions, renderer, phrases, logger }),
  ];
  const coordinators = new CoordinatorHandler({
    staff: config,
    publicUrl: config.publicUrl,
    invitations,
    coordinators: deps.coordinators,
    records: deps.records,
    renderer,
    plans: deps.plans,
    library,
    commands: parts.commands,
    appointmentPhrases: parts.appointmentPhrases,
    texter: deps.texter,
    reminders: deps.reminders,
    results: deps.cards,
    clock,
    logger,
  });
  const invitationLinker = new InvitationLinker({
    invitations,
    renderer,
    clock,
    logger,
    results: deps.intake,
    attempts: deps.across.attempts,
    afterIntro: (text) => codeAfterIntro(text, phrases),
  });
  return new CareprepBot({
    conversationState: deps.conversationState,
    sessions,
    conversation: deps.conversation,
    guards,
    coordinators,
    invitations: invitationLinker,
    continuing: deps.across.linker,
    mobiles: deps.across.mobiles,
  });
}
