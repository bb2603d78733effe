/**
 * How a channel is rendered. `sms` gets plain GSM-7 text with numbered options; `teams` and
 * `webchat` get markdown, buttons and cards. Unknown channels (emulator, directline, test)
 * render as web chat.
 */
export type ChannelFamily = 'sms' | 'teams' | 'webchat';

/** Maps a Bot Framework channelId to its rendering family. */
export function channelFamily(channelId: string | undefined): ChannelFamily {
  if (channelId === 'sms' || channelId === 'twilio-sms') return 'sms';
  if (channelId === 'msteams') return 'teams';
  return 'webchat';
}

/** Every family, for tests that check each key renders everywhere. */
export const channelFamilies: readonly ChannelFamily[] = ['webchat', 'teams', 'sms'];
