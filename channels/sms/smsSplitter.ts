import type { Activity, Middleware } from 'botbuilder';
import { channelFamily } from '../../content/channels';
import { splitSms } from '../../content/smsSplit';

/**
 * On SMS, a reply longer than two segments (a long topic list, the plan summary) goes out as
 * several texts, split between lines or sentences. Done on the way out, so the Twilio webhook
 * and Azure's SMS channel send exactly the same texts. Only the last part keeps the question
 * metadata and input hint, as it is the one that asks.
 */
export function smsSplitter(): Middleware {
  return {
    onTurn: async (context, next) => {
      if (channelFamily(context.activity.channelId) === 'sms') {
        context.onSendActivities(async (_ctx, activities, send) => {
          // The SDK sends the array it handed us, so the parts replace the originals in place.
          activities.splice(0, activities.length, ...activities.flatMap((activity) => splitActivity(activity)));
          return send();
        });
      }
      await next();
    },
  };
}

function splitActivity(activity: Partial<Activity>): Partial<Activity>[] {
  if (activity.type !== 'message' || typeof activity.text !== 'string') return [activity];
  const parts = splitSms(activity.text);
  if (parts.length === 1) return [activity];
  return parts.map((text, i) =>
    i === parts.length - 1
      ? { ...activity, text }
      : { ...activity, text, channelData: undefined, inputHint: 'ignoringInput', suggestedActions: undefined },
  );
}
