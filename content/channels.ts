/**
 * How a channel is rendered. `sms` gets plain GSM-7 text with numbered options; `teams` and
 * `webchat` get markdown, buttons and cards. Unknown channels (emulator, directline, test)
 * render as web chat.
 */
export type ChannelFamily = 'sms' | 'teams' | 'webchat';

/** Bot Framework channel ids that are not rendered as web chat. */
const familyOf: Readonly<Record<string, ChannelFamily>> = { sms: 'sms', msteams: 'teams' };

/** Maps a Bot Framework channelId to its rendering family. */
export function channelFamily(channelId: string | undefined): ChannelFamily {
  return (channelId !== undefined && Object.hasOwn(familyOf, channelId) ? familyOf[channelId] : undefined) ?? 'webchat';
}

/** Every family, for tests that check each key renders everywhere. */
export const channelFamilies: readonly ChannelFamily[] = ['webchat', 'teams', 'sms'];
