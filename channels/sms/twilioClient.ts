import { AppError } from '../../plan/appError';
import type { OptOutStore } from '../../storage/optOutStore';
import type { Logger } from '../../plan/logger';
import { TextNotSent, type SendResult } from '../../coordination/outbound';

/** Twilio account settings, as in `Config['twilio']`. */
export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  from: string;
  apiUrl: string;
}

const requestTimeoutMs = 10_000;

/**
 * Sends texts the bot starts itself (reminders, invitations) through Twilio's REST API. Every
 * send checks the opt-out list first: a number that texted STOP gets nothing until START.
 */
export class TwilioClient {
  constructor(
    private readonly settings: TwilioSettings,
    private readonly optOuts: OptOutStore,
    private readonly logger: Logger,
  ) {}

  /**
   * Sends one text to `to` (E.164). Throws `upstream_failed` when Twilio cannot be reached or refuses:
   * as `TextNotSent` when the text certainly did not go (a refusal Twilio documents as made before
   * sending, or no connection made); a 5xx or a timeout may have sent it, and is no `TextNotSent`.
   */
  async send(to: string, body: string): Promise<SendResult> {
    if (await this.optOuts.isOptedOut(to)) {
      this.logger.info('sms_send_refused', { reason: 'opted_out' });
      return { ok: false, code: 'opted_out' };
    }
    const { accountSid, authToken, from, apiUrl } = this.settings;
    const url = `${apiUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: new URLSearchParams({ To: to, From: from, Body: body }).toString(),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
    } catch (cause) {
      this.logger.error('sms_send_failed', { reason: 'unreachable' });
      // Only a connection never made certainly sent nothing: a timeout or a cut may come after Twilio took it.
      if (connectionRefused(cause)) throw new TextNotSent('Twilio could not be connected to.', { cause });
      throw new AppError('upstream_failed', 'Twilio could not be reached.', { cause });
    }
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      this.logger.error('sms_send_failed', { status: response.status });
      if (refusedBeforeSending(response.status, payload)) {
        throw new TextNotSent(`Twilio refused the message (HTTP ${response.status}).`);
      }
      // A 5xx (502, 503, 504 from Twilio's edge) may come after the message was passed on: never retried.
      throw new AppError('upstream_failed', `Twilio answered HTTP ${response.status}; the text may have gone.`);
    }
    const sid = payload && typeof payload === 'object' && 'sid' in payload ? String(payload.sid) : '';
    this.logger.info('sms_sent', { sid });
    return { ok: true, sid };
  }
}

/**
 * Whether Twilio's answer is a refusal made before anything was sent: a 429 (Twilio documents it as
 * never processed, safe to retry: error 20429), or another 4xx carrying Twilio's own error body
 * (`{ code, message, status }`). A 4xx without that body may come from a proxy in between, and a
 * 5xx from its edge after the request was passed on: either may have sent it.
 */
function refusedBeforeSending(status: number, payload: unknown): boolean {
  if (status === 429) return true;
  const twilioError =
    typeof payload === 'object' && payload !== null && 'code' in payload && typeof payload.code === 'number';
  return status >= 400 && status < 500 && twilioError;
}

/** Whether a failed fetch never connected (ECONNREFUSED, to every address tried), so nothing of the request left. */
function connectionRefused(error: unknown): boolean {
  const refused = (cause: unknown): boolean =>
    cause instanceof AggregateError
      ? cause.errors.length > 0 && cause.errors.every(refused)
      : cause instanceof Error && 'code' in cause && cause.code === 'ECONNREFUSED';
  return error instanceof Error && refused(error.cause);
}
