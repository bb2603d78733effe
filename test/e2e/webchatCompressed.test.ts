import { expect } from 'chai';
import { chromiumAndApp, WebChatPage } from '../support/webChatBrowser';

/**
 * Hardening 29b (H379): real Chromium gets Web Chat's bundle compressed, and the chat still opens and
 * asks its first question.
 */
describe('Web Chat in real Chromium with its bundle compressed', function () {
  this.timeout(180_000);
  const env = chromiumAndApp();

  it('opens the chat and asks the first question, with the bundle a quarter of its size on the wire', async () => {
    const tab = await WebChatPage.open(env.browser, env.running.baseUrl);
    try {
      const question = await tab.nextQuestion(new Set(), 60_000);
      // What the page itself measured of the script: its bytes on the wire, and once decoded.
      const [encoded, decoded] = await tab.page.evaluate<[number, number]>(`(() => {
        const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/webchat.js'));
        return entry ? [entry.encodedBodySize, entry.decodedBodySize] : [0, 0];
      })()`);

      expect(question?.channelData?.careprep?.linkId).to.be.a('string');
      expect(decoded).to.be.above(3_000_000);
      expect(encoded).to.be.above(0);
      expect(encoded).to.be.below(decoded / 4);
    } finally {
      await tab.page.context().close();
    }
  });
});
