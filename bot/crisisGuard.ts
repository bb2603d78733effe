import type { TurnContext } from 'botbuilder';
import type { Renderer } from '../content/renderer';
import type { Phrases } from '../dialogs/recognisers/phrases';
import { recogniseYesNo } from '../dialogs/recognisers/yesNo';
import type { Clock } from '../dialogs/session';
import { answeredBy, subjectName } from '../plan/recordView';
import type { MessageGuard } from './careprepBot';
import type { CrisisDetector } from '../safety/patterns/patternDetector';
import type { Logger } from './logger';
import type { RecordSessions } from './sessions';

/** The longest part of a triggering message kept on the flag for the clinician. */
const keptMessageLength = 2000;

/**
 * Looks at every message before anything else, in every state of the conversation. On a
 * disclosure it answers at once with signposting — 999 first for a medical emergency — says the
 * chat is not watched, asks whether they are safe, records a crisis flag, and asks no routine
 * question in that message. The next message answers the safety question: "no" repeats the
 * urgent help; anything else thanks them and pauses, so the preparation resumes with a recap
 * rather than taking "yes, I'm safe" as the answer to a routine question.
 *
 * A message with a warning sign but no disclosure ("I'm such a burden on everyone") is a safety
 * net, not a crisis: it gets a one-line reminder of where urgent help is, the answer is kept,
 * and the conversation carries on. Nothing is flagged, so the lead contact sees no noise.
 */
export class CrisisGuard implements MessageGuard {
  constructor(
    private readonly deps: {
      detector: CrisisDetector;
      sessions: RecordSessions;
      renderer: Renderer;
      phrases: Phrases;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  async handle(context: TurnContext, text: string): Promise<boolean> {
    const { detector, sessions, renderer, clock, logger } = this.deps;
    const session = sessions.get(context);
    const channelId = context.activity.channelId;
    const data = { carer: answeredBy(session.record) === 'carer', name: subjectName(session.record) ?? '' };
    const detection = detector.detect(text);
    if (detection) {
      logger.warn('crisis_detected', { kind: detection.kind, pattern: detection.patternId, channel: channelId });
      await session.update((draft) => {
        draft.flags.push({
          kind: 'crisis',
          detail: detection.kind,
          at: clock().toISOString(),
          by: answeredBy(draft),
          message: text.slice(0, keptMessageLength),
        });
        draft.progress.safetyCheckPending = true;
      });
      const key = detection.kind === 'medicalEmergency' ? 'crisis.medical' : 'crisis.mentalHealth';
      await context.sendActivity({
        ...renderer.message(key, data, channelId),
        channelData: { careprep: { linkId: 'safety.check', type: 'yesno' } },
      });
      return true;
    }
    if (!session.record.progress.safetyCheckPending) {
      // A warning sign without a disclosure: say where urgent help is, then carry on as usual.
      const signs = detector.warningSigns(text);
      if (signs.length === 0) return false;
      logger.info('crisis_safety_net', { signs: signs.join(','), channel: channelId });
      await context.sendActivity(renderer.message('crisis.safetyNet', data, channelId));
      return false;
    }

    const safe = recogniseYesNo(text, this.deps.phrases, context.activity.locale);
    if (safe.ok && !safe.value) {
      logger.warn('crisis_not_safe', { channel: channelId });
      await context.sendActivity({
        ...renderer.message('crisis.notSafe', data, channelId),
        channelData: { careprep: { linkId: 'safety.check', type: 'yesno' } },
      });
      return true;
    }
    await session.update((draft) => {
      draft.progress.safetyCheckPending = false;
      draft.progress.paused = true;
    });
    await context.sendActivity(renderer.message('crisis.thanks', data, channelId));
    return true;
  }
}
