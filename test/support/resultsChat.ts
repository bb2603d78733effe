/**
 * A person or carer at their results, for the results transcripts: invited by Dr Sam Patel, sent
 * a check-up, and walked to the HbA1c, each on a fresh app with the results API open.
 */
import { expect } from 'chai';
import type { PreparationRecord } from '../../plan/record';
import type { ChatClient, PostResult } from './botClient';
import {
  apiKey,
  bloodPressure,
  daysAgo,
  hba1c,
  invite,
  postObservations,
  quantityObservation,
  transaction,
} from './results';
import { plainPersonAnswers, walkTo } from './scripts';
import { chatClient, startApp, type RunningApp } from './startApp';

export type ChannelId = 'webchat' | 'msteams' | 'sms';

/** Ann answering for her mother Jean. */
export const carerAnswers: Readonly<Record<string, string>> = {
  ...plainPersonAnswers,
  'respondent.type': 'I am the carer',
  'subject.name': 'Jean',
  'respondent.name': 'Ann',
  'respondent.relationship': 'Daughter',
  'respondent.personAgrees': 'yes',
};

/** Three results from a recent check-up: HbA1c above its target, blood pressure, cholesterol. */
export const checkUp = (): Record<string, unknown> =>
  transaction([
    hba1c(75, daysAgo(10)),
    bloodPressure(150, 95, daysAgo(10)),
    quantityObservation({ code: '14647-2' }, 6.1, 'mmol/L', daysAgo(10)),
  ]);

/** Runs `body` once per channel, each against a fresh app with the results API open, stopped after. */
export async function onEach(
  list: readonly ChannelId[],
  body: (running: RunningApp, channelId: ChannelId) => Promise<void>,
): Promise<void> {
  for (const channelId of list) {
    const running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
    try {
      await body(running, channelId);
    } finally {
      await running.stop();
    }
  }
}

/** A person (or carer) invited by Dr Sam Patel, with `results` sent, walked to the question after the HbA1c. */
export async function atResult(
  running: RunningApp,
  channelId: ChannelId,
  options: { results?: Record<string, unknown>; carer?: boolean } = {},
): Promise<{ client: ChatClient; asked: PostResult }> {
  const { id, code } = await invite(running);
  expect((await postObservations(running, id, options.results ?? checkUp())).status).to.equal(201);
  const client = chatClient(running, { channelId });
  const answers = options.carer ? carerAnswers : plainPersonAnswers;
  const asked = await walkTo((text) => client.say(text), 'result.hba1c.thoughts', answers, code);
  return { client, asked };
}

/** Every answer's words in a record, to look for what should never have been kept. */
export const answerWords = (record: PreparationRecord): string[] =>
  Object.values(record.answers).flatMap((answer) => (typeof answer.value === 'string' ? [answer.value] : []));

/** The words that would claim something was put in the plan. */
export const savedClaim = /in the plan|noted|I have put/i;
