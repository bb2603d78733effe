import { smsLimit } from './smsSplit';

/**
 * What a family's messages look like: every choice the renderer makes between families reads
 * this, so a new family is a row in `looks` below (and, if it has words of its own, a wording in
 * the catalogue), not a change to the renderer.
 */
export interface FamilyLook {
  /**
   * Plain text, lines joined by one line break, typed words not escaped, options as numbered
   * lines to reply with; otherwise markdown, paragraphs, buttons and cards.
   */
  plain: boolean;
  /** Every character folded into the GSM-7 alphabet, so a text is not sent as costlier UCS-2. */
  gsm7: boolean;
  /** The GSM-7 characters one message holds: a question that would not fit after its preface goes on its own. */
  messageLimit?: number;
  /** A card's words repeated as text for a screen reader (Web Chat's live region reads text, not cards). */
  cardFallback: boolean;
  /** Shows an SVG image sent inline (a data: URL), such as a person's trend chart. */
  svgImages: boolean;
  /** The catalogue's and the packs' own wording for the family, where a message has one. */
  wording?: 'sms' | 'teams';
}

/**
 * How each family of channels is rendered. `sms` gets plain GSM-7 text with numbered options;
 * `teams` and `webchat` get markdown, buttons and cards.
 */
const looks = {
  webchat: { plain: false, gsm7: false, cardFallback: true, svgImages: true },
  teams: { plain: false, gsm7: false, cardFallback: false, svgImages: false, wording: 'teams' },
  sms: { plain: true, gsm7: true, messageLimit: smsLimit, cardFallback: false, svgImages: false, wording: 'sms' },
} as const satisfies Record<string, FamilyLook>;

/** A family of channels rendered alike. Unknown channels (emulator, directline, test) render as web chat. */
export type ChannelFamily = keyof typeof looks;

/** The look of each family. */
export const familyLooks: Readonly<Record<ChannelFamily, FamilyLook>> = looks;

/** Every family, for tests that check each key renders everywhere. */
export const channelFamilies = Object.keys(familyLooks) as readonly ChannelFamily[];

/** Bot Framework channel ids that are not rendered as web chat. */
const familyOf: Readonly<Record<string, ChannelFamily>> = { sms: 'sms', msteams: 'teams' };

/** Maps a Bot Framework channelId to its rendering family. */
export function channelFamily(channelId: string | undefined): ChannelFamily {
  return (channelId !== undefined && Object.hasOwn(familyOf, channelId) ? familyOf[channelId] : undefined) ?? 'webchat';
}
