import { AppError } from '../plan/appError';
import type { CoordinatorReference } from './coordinatorStore';

/** What is sent on the service's own initiative: text, a card, or both. */
export interface OutboundActivity {
  type: 'message';
  text?: string;
  textFormat?: 'markdown' | 'plain';
  attachments?: { contentType: string; content?: unknown }[];
}

/**
 * Sends one activity to a coordinator's conversation; resolves with the id the channel gave it
 * once it took it, and throws `NotSent` when it certainly did not.
 */
export interface CoordinatorSender {
  send(reference: CoordinatorReference, activity: OutboundActivity): Promise<string>;
  /**
   * Replaces the activity the channel gave `activityId` (from `send`) with `activity`, in place;
   * throws when it did not. Absent where the channel cannot (nothing sent earlier is then changed).
   */
  update?(reference: CoordinatorReference, activityId: string, activity: OutboundActivity): Promise<void>;
}

/** What a text did: sent (with the provider's message id) or refused because the number texted STOP. */
export type SendResult = { ok: true; sid: string } | { ok: false; code: 'opted_out' };

/** Sends a text to a mobile number. */
export type Texter = (to: string, body: string) => Promise<SendResult>;

/**
 * Thrown by a sender when the message certainly did not go: the provider refused it in a way it
 * documents as before taking it, or could not be connected to. It may be tried again without
 * anyone getting it twice; any other failure (a 5xx, a timeout, a connection cut once the request
 * was out) may have delivered it, and is no `NotSent`.
 */
export class NotSent extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('upstream_failed', message, options);
    this.name = 'NotSent';
  }
}

/**
 * Thrown by a `Texter` when the text certainly did not go: Twilio refused it in a way it documents
 * as before sending (a 4xx with its own error, a 429), or could not be connected to.
 */
export class TextNotSent extends NotSent {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TextNotSent';
  }
}
