import type { ConversationState } from 'botbuilder';
import type { PackLibrary } from '../content/packs/packLibrary';
import type { ResultPresenter } from '../content/results/resultPresenter';
import type { PlanRenderer } from '../content/planRenderer';
import type { Renderer } from '../content/renderer';
import { AboutDialog } from '../dialogs/aboutDialog';
import { CarerDialog } from '../dialogs/carerDialog';
import { Conversation } from '../dialogs/conversation';
import type { ConversationDeps, ConversationMeta, PersonalData } from '../dialogs/conversationDeps';
import { GoalsDialog } from '../dialogs/goalsDialog';
import { MoodDialog } from '../dialogs/moodDialog';
import type { CarerStrain } from '../dialogs/recognisers/carerStrain';
import type { Phrases } from '../dialogs/recognisers/phrases';
import { ResultsDialog } from '../dialogs/resultsDialog';
import { ReviewDialog } from '../dialogs/reviewDialog';
import { RootDialog } from '../dialogs/rootDialog';
import type { SectionDeps } from '../dialogs/sectionTypes';
import { TopicsDialog } from '../dialogs/topicsDialog';
import { WhatMattersDialog } from '../dialogs/whatMattersDialog';
import type { AuditTrail } from '../plan/audit';
import type { LeadContactCopies, PlanEvents } from '../plan/planEvents';
import type { Clock } from '../plan/session';
import type { SqlOwnCopyLinks } from '../storage/ownCopyLinks';
import type { Config } from './config';
import { ownCopyPath } from './routes/ownCopy';
import { smsChannelId } from '../channels/sms/smsRoutes';
import type { RecordSessions } from './sessions';

/** What the conversation is built from. */
export interface ConversationWiring {
  config: Config;
  conversationState: ConversationState;
  sessions: RecordSessions;
  library: PackLibrary;
  renderer: Renderer;
  plans: PlanRenderer;
  phrases: Phrases;
  /** The carer's strain reader, loaded at start-up (`loadParts`). */
  carerStrain: CarerStrain;
  clock: Clock;
  results: ResultPresenter;
  planEvents: PlanEvents;
  leadCopies: LeadContactCopies;
  audit: AuditTrail;
  ownCopyLinks: SqlOwnCopyLinks;
  personalData: PersonalData;
  continueCodes: ConversationDeps['continueCodes'];
  continueBy: ConversationDeps['continueBy'];
  mobiles: ConversationDeps['mobiles'];
}

/** The section dialogs in the order a preparation walks them, their root, and the conversation over them. */
export function createConversation(deps: ConversationWiring): { root: RootDialog; conversation: Conversation } {
  const { sessions, library, renderer, phrases, clock } = deps;
  const sectionDeps: SectionDeps = { sessions, library, renderer, phrases, strain: deps.carerStrain, clock };
  const sections = [
    new AboutDialog(sectionDeps),
    new WhatMattersDialog(sectionDeps),
    new ResultsDialog(sectionDeps, deps.results),
    new GoalsDialog(sectionDeps, { copies: deps.leadCopies, audit: deps.audit }),
    new TopicsDialog(sectionDeps),
    new MoodDialog(sectionDeps),
    new CarerDialog(sectionDeps),
    new ReviewDialog(sectionDeps, deps.plans, {
      events: deps.planEvents,
      ownCopy: deps.ownCopyLinks,
      ownCopyUrl: (token) => `${deps.config.publicUrl}${ownCopyPath(token)}`,
      audit: deps.audit,
      copies: deps.leadCopies,
    }),
  ];
  const root = new RootDialog(sections, deps.sessions, deps.renderer);
  const conversation = new Conversation({
    dialogState: deps.conversationState.createProperty('dialogState'),
    meta: deps.conversationState.createProperty<ConversationMeta>('meta'),
    root,
    sections,
    sessions: deps.sessions,
    renderer: deps.renderer,
    plans: deps.plans,
    results: deps.results,
    phrases: deps.phrases,
    strain: deps.carerStrain,
    clock: deps.clock,
    resumeAfterMs: deps.config.resumeAfterMinutes * 60_000,
    seenAfterMs: { [smsChannelId]: deps.config.smsSeenAfterMs },
    retentionDays: deps.config.retentionDays,
    personalData: deps.personalData,
    planEvents: deps.planEvents,
    leadCopies: deps.leadCopies,
    audit: deps.audit,
    ownCopyLinks: deps.ownCopyLinks,
    continueCodes: deps.continueCodes,
    continueBy: deps.continueBy,
    mobiles: deps.mobiles,
  });
  return { root, conversation };
}
