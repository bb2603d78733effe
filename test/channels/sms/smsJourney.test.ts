import { expect } from 'chai';
import { createLogger } from '../../../bot/logger';
import { gsm7Length, isGsm7 } from '../../../content/gsm7';
import { smsLimit } from '../../../content/smsSplit';
import { BotClient } from '../../support/botClient';
import { startApp, type RunningApp } from '../../support/startApp';
import { answers, laterAnswers, smsScript } from './smsScript';
import { SmsPhone } from './smsPhone';

const authToken = 'journey-test-token';
const publicUrl = 'https://careprep.example.org';
const number = '+447700900123';

interface Turn {
  said: string;
  texts: string[];
  /** The linkId of the question the texts end with, if any. */
  asks?: string;
}

/** Walks the whole preparation, answering each question from the tables; returns the transcript. */
async function walk(send: (text: string) => Promise<{ texts: string[]; asks?: string }>): Promise<Turn[]> {
  const turns: Turn[] = [];
  const seen = new Set<string>();
  let said = 'hi';
  for (let i = 0; i < 60; i++) {
    const reply = await send(said);
    turns.push({ said, ...reply });
    if (!reply.asks) return turns;
    const answer = seen.has(reply.asks) ? (laterAnswers[reply.asks] ?? answers[reply.asks]) : answers[reply.asks];
    if (answer === undefined) throw new Error(`No answer for ${reply.asks}`);
    seen.add(reply.asks);
    said = answer;
  }
  throw new Error('The journey did not end within 60 turns.');
}

function smsSender(phone: SmsPhone): (text: string) => Promise<{ texts: string[]; asks?: string }> {
  return async (text) => {
    const result = await phone.text(text);
    expect(result.status, `status for "${text}"`).to.equal(200);
    return { texts: result.messages, asks: undefined };
  };
}

describe('SMS journey over the Twilio webhook', () => {
  let running: RunningApp;
  let logLines: string[];
  let phone: SmsPhone;
  let transcript: Turn[];

  before(async () => {
    logLines = [];
    running = await startApp({
      env: { TWILIO_AUTH_TOKEN: authToken, CAREPREP_PUBLIC_URL: publicUrl },
      logger: createLogger('debug', (line) => logLines.push(line)),
    });
    phone = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from: number });
    // The webhook's TwiML carries no question metadata, so a Bot Framework twin on the same
    // answers tells the walk which question was asked; its texts must match the webhook's.
    const twin = new BotClient(running.baseUrl, { channelId: 'sms', userId: '+447700900456' });
    const send = smsSender(phone);
    transcript = await walk(async (text) => {
      const viaTwilio = await send(text);
      const viaBotFramework = await twin.say(text);
      return { texts: viaTwilio.texts, asks: viaBotFramework.questions.at(-1)?.linkId };
    });
  });
  after(() => running.stop());

  it('keeps the benchmark script in step with the journey', () => {
    expect(transcript.map((turn) => turn.said)).to.deep.equal(smsScript);
  });

  it('walks from the first text to the plan, sent to nobody when no care team is linked', () => {
    const last = transcript.at(-1);
    expect(transcript.map((turn) => turn.asks)).to.include('review.change');
    expect(transcript.map((turn) => turn.asks)).to.not.include('share.consent');
    expect(last?.asks).to.equal(undefined);
    expect(last?.texts.join('\n')).to.match(/No care team is linked[\s\S]*\/plan\//);
  });

  it('sends only GSM-7 characters', () => {
    for (const text of transcript.flatMap((turn) => turn.texts)) expect(isGsm7(text), text).to.equal(true);
  });

  it('keeps every text within 320 characters, the plan summary and the topics of three conditions included', () => {
    const texts = transcript.flatMap((turn) => turn.texts);
    expect(texts.length).to.be.greaterThan(30);
    for (const text of texts) expect(gsm7Length(text), text).to.be.at.most(320);
  });

  it('pages the long topic list over several texts and asks only in the last', () => {
    const topics = transcript.find((turn) => turn.asks === 'topics.selected');
    expect(topics?.texts.length).to.be.greaterThan(1);
    expect(topics?.texts.at(-1)).to.match(/Reply with numbers/);
    expect(topics?.texts.slice(0, -1).join('\n')).to.not.match(/Reply with numbers/);
  });

  it('never writes the phone number to the logs', () => {
    expect(logLines.length).to.be.greaterThan(0);
    for (const line of logLines) {
      expect(line).not.to.include(number);
      expect(line).not.to.include(number.slice(1));
      expect(line).not.to.include('7700900123');
    }
  });

  it('renders the same texts as the Bot Framework SMS channel for the same answers', async () => {
    const twin = new BotClient(running.baseUrl, { channelId: 'sms', userId: '+447700900789' });
    for (const turn of transcript) {
      const viaBotFramework = await twin.say(turn.said);
      // Each person gets their own unguessable own-copy link; the rest must match word for word.
      const unlinked = (text: string): string => text.replace(/\/plan\/[0-9a-f]{64}/g, '/plan/<token>');
      expect(
        viaBotFramework.replies.map((reply) => unlinked(reply.text ?? '')),
        `after "${turn.said}"`,
      ).to.deep.equal(turn.texts.map(unlinked));
    }
  });

  it('takes at most 45 texts from the person, and sends none longer than two SMS segments', function () {
    const texts = transcript.flatMap((turn) => turn.texts);
    const longest = Math.max(...texts.map(gsm7Length));
    this.test!.title += ` (${transcript.length} texts sent, ${texts.length} received, longest ${longest} chars)`;
    expect(transcript.length).to.be.at.most(45);
    expect(longest).to.be.at.most(smsLimit);
  });
});
