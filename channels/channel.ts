import type { Request } from 'restify';
import type { KeyedFirst } from '../bot/keyedFirst';
import type { RouteModule } from '../bot/server';

/**
 * One way people reach the service (Bot Framework, the built-in Direct Line, the Twilio
 * webhook): the routes it adds to the server. Every channel runs its turns with `turnRunner`,
 * so each has the same pipeline, bot and error handling behind its own HTTP shape.
 */
export interface Channel {
  /** Names the channel in logs. */
  readonly name: string;
  readonly routes: RouteModule;
  /** Told of one of its requests refused before it was read, at the large bodies' cap: it may tell the person (H371). */
  readonly refusedBusy?: (req: Request) => void;
  /** True for one of its posts from a conversation already answered: it may have the large bodies' places kept back (H371). */
  readonly favoured?: (req: Request) => boolean;
  /** Told of one of its posts cut part-way, for coming too slowly (408): it may tell the person (H483). */
  readonly cutShort?: (req: Request) => void;
  /** Told of one of its large posts left unread (its client went, or it came too slowly): no longer favoured (H484). */
  readonly abandoned?: (req: Request) => void;
  /** Its credential checked from the headers, before a body is read (H375). */
  readonly keyedFirst?: KeyedFirst;
}
