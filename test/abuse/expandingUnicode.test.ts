import { expect } from 'chai';
import { chatAtFirstQuestion, untilQuiet } from '../support/longPaste';

/**
 * H487: NFKC makes U+FDFA (an Arabic ligature) 18 characters long, and the recognisers read every
 * run of a reply's words, so a Web Chat message of 10,600 of them (32 KB, within the limits) became
 * 190,000 characters read in every run: its turn held the service for minutes (no answer in 200 s).
 * A message whose NFKC reading is longer than a message may be is now told it is too long, and
 * screened as a long paste is; one such ligature in a message is read as ever.
 */
describe('Abuse: characters that NFKC makes many times longer', function () {
  this.timeout(120_000);
  const chat = chatAtFirstQuestion();

  const say = async (text: string): Promise<number> => {
    const response = await fetch(
      `${chat.running.baseUrl}/v3/directline/conversations/${chat.line.conversationId}/activities`,
      {
        method: 'POST',
        headers: chat.line.headers(),
        body: JSON.stringify({ type: 'message', text, channelData: { clientActivityID: `c-${Math.random()}` } }),
        signal: AbortSignal.timeout(60_000),
      },
    );
    await response.arrayBuffer();
    return response.status;
  };

  it('tells a message of 10,600 U+FDFA it is too long, and answers health meanwhile', async () => {
    const sent = say('\uFDFA'.repeat(10_600));
    expect((await fetch(`${chat.running.baseUrl}/healthz`, { signal: AbortSignal.timeout(30_000) })).status).to.equal(
      200,
    );
    expect(await sent).to.equal(200);
    expect(await untilQuiet(chat.line, 5)).to.match(/too long/i);
  });

  it('reads a message with one such ligature in it as ever', async () => {
    expect(await say('Hello, my name is Sami \uFDFA')).to.equal(200);
    expect(await untilQuiet(chat.line, 5)).to.not.match(/too long/i);
  });
});
