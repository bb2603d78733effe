import { AppError } from '../../plan/appError';
import type { OptOutStore } from '../../storage/optOutStore';
import type { Logger } from '../../plan/logger';
import type { SendResult } from '../../coordination/outbound';

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

  /** Sends one text to `to` (E.164). Throws `upstream_failed` when Twilio cannot be reached or refuses. */
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
      throw new AppError('upstream_failed', 'Twilio could not be reached.', { cause });
    }
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      this.logger.error('sms_send_failed', { status: response.status });
      throw new AppError('upstream_failed', `Twilio refused the message (HTTP ${response.status}).`);
    }
    const sid = payload && typeof payload === 'object' && 'sid' in payload ? String(payload.sid) : '';
    this.logger.info('sms_sent', { sid });
    return { ok: true, sid };
  }
}
