import { randomUUID } from 'node:crypto';
import * as twilio from 'twilio/lib/webhooks/webhooks';

/** What came back for one text. */
export interface TextResult {
  status: number;
  contentType: string;
  /** The texts in the TwiML reply, unescaped, in order. */
  messages: string[];
  raw: string;
}

/** Settings for a phone texting the service the way Twilio delivers texts. */
export interface PhoneOptions {
  baseUrl: string;
  authToken: string;
  /** `CAREPREP_PUBLIC_URL` as the service knows it: Twilio signs that URL, not the loopback one. */
  publicUrl: string;
  from?: string;
  to?: string;
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

function unescapeXml(text: string): string {
  return text.replace(/&#(\d+);|&[a-z]+;/g, (match, code: string | undefined) =>
    code ? String.fromCharCode(Number(code)) : (entities[match] ?? match),
  );
}

/** Reads the texts out of a TwiML response. */
export function twimlMessages(xml: string): string[] {
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((match) => unescapeXml(match[1]));
}

/**
 * A mobile phone in miniature: posts each text to `/api/sms` as Twilio's webhook does, form
 * encoded and signed with the `twilio` package, and reads the TwiML reply.
 */
export class SmsPhone {
  readonly from: string;
  readonly to: string;

  constructor(private readonly options: PhoneOptions) {
    this.from = options.from ?? `+4477009${String(Math.floor(Math.random() * 100000)).padStart(5, '0')}`;
    this.to = options.to ?? '+441632960000';
  }

  /** The form Twilio would post for this text. */
  params(body: string, sid = `SM${randomUUID().replace(/-/g, '')}`): Record<string, string> {
    return {
      AccountSid: 'ACtest',
      ApiVersion: '2010-04-01',
      Body: body,
      From: this.from,
      FromCountry: 'GB',
      MessageSid: sid,
      NumMedia: '0',
      NumSegments: '1',
      SmsMessageSid: sid,
      SmsSid: sid,
      SmsStatus: 'received',
      To: this.to,
    };
  }

  /** Texts `body`; `signature` replaces the correct one (null sends none). */
  text(
    body: string,
    options: { sid?: string; signature?: string | null; signedUrl?: string } = {},
  ): Promise<TextResult> {
    return this.post(this.params(body, options.sid), options);
  }

  /** Posts a form exactly, signed for `signedUrl` (the public webhook URL by default). */
  async post(
    params: Record<string, string>,
    options: { signature?: string | null; signedUrl?: string } = {},
  ): Promise<TextResult> {
    const url = options.signedUrl ?? `${this.options.publicUrl}/api/sms`;
    const signature =
      options.signature === undefined
        ? twilio.getExpectedTwilioSignature(this.options.authToken, url, params)
        : options.signature;
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (signature !== null) headers['x-twilio-signature'] = signature;
    const response = await fetch(`${this.options.baseUrl}/api/sms`, {
      method: 'POST',
      headers,
      body: new URLSearchParams(params).toString(),
    });
    const raw = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      messages: response.ok ? twimlMessages(raw) : [],
      raw,
    };
  }
}
