import { expect } from 'chai';
import { storedValue } from '../../support/onlyRecord';
import { smsService } from './smsService';

const authToken = 'sms-manners-token';

describe('SMS manners', () => {
  const sms = smsService(authToken);
  const texts = sms.texts;

  /** The stored value of one answer, or undefined when nothing is stored for it. */
  const stored = (linkId: string): Promise<unknown> => storedValue(sms.running(), linkId);

  const toWhatMatters = ['hi', '1', 'Jean', '1', 'family'];

  it('tells someone who texts "stop texting me" how to stop texts, without asking if they are in danger', async () => {
    const reply = await texts([...toWhatMatters, 'stop texting me']);

    expect(reply).to.not.match(/danger/);
    expect(reply).to.match(/STOP/);
  });

  it('reads "stop" inside a longer text as an answer, never as asking how to stop texts', async () => {
    const reply = await texts([...toWhatMatters, 'I cannot stop texting my daughter']);

    expect(reply).to.not.match(/STOP/);
  });

  it('keeps a goal sent over two texts whole', async () => {
    await texts([...toWhatMatters, 'skip', 'skip', 'skip', 'skip', 'skip', 'walk to the', 'park']);

    expect(await stored('goal.1.text')).to.match(/park/);
  });

  it('does not tell someone who never stopped that texts will start "again", and asks the question waiting', async () => {
    const reply = await texts(['hi', '1', 'START']);

    expect(reply).to.not.match(/again/);
    expect(reply).to.match(/call you/);
  });

  it('tells someone who stopped, then texts START, that texts will start again', async () => {
    const reply = await texts(['hi', '1', 'STOP', 'START']);

    expect(reply).to.match(/again/);
  });
});
