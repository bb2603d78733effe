import { expect } from 'chai';
import { loadCatalogue } from '../../../content/catalogue';
import { createRenderer } from '../../../content/renderer';
import { onlyRecord } from '../../support/onlyRecord';
import { smsService } from './smsService';

const renderer = createRenderer(loadCatalogue());
/** The carrier HELP answer: what the service is and how to stop texts. */
const serviceHelp = renderer.text('sms.help', {}, 'sms');

/**
 * HELP by text (explore 21, finding 9; hazard H87). It is a carrier keyword, answered by the SMS
 * route with what the service is and how to stop texts; while "are you safe right now?" or a
 * check-in waits, it is also read as the reply "help" is on every channel, so the urgent help comes
 * with it and the safety question stays open.
 */
describe('SMS: HELP', () => {
  const sms = smsService('sms-help-keyword-token');
  const texts = sms.texts;

  /** Jean by text at what matters most, having picked diabetes. */
  const toWhatMatters = ['hi', '1', 'Jean', '1'];

  for (const keyword of ['HELP', 'info']) {
    it(`gives the urgent help again when ${keyword} is texted while "are you safe right now?" waits`, async () => {
      const asked = await texts([...toWhatMatters, 'I want to end my life']);
      expect(asked).to.match(/safe right now/);
      const reply = (await sms.phone().text(keyword)).messages;

      expect(reply[0]).to.equal(serviceHelp);
      const urgent = reply.slice(1).join('\n');
      expect(urgent).to.match(/116 123/);
      expect(urgent).to.match(/111, option 2|111 option 2/);
      expect(urgent).to.match(/safe/i);
      const record = await onlyRecord(sms.running());
      expect(record.progress.safetyCheckPending).to.equal(true);
      expect(record.flags.filter((flag) => flag.kind === 'crisis')).to.have.length(1);
    });
  }

  it('gives the crisis reply when HELP is texted while a check-in waits, as "help" gets on every channel', async () => {
    const asked = await texts([...toWhatMatters, 'family', 'I want to end my']);
    expect(asked).to.match(/thoughts of ending your life/);
    const reply = (await sms.phone().text('help')).messages;

    expect(reply[0]).to.equal(serviceHelp);
    const urgent = reply.slice(1).join('\n');
    expect(urgent).to.match(/116 123/);
    expect(urgent).to.match(/111, option 2/);
    expect(urgent).to.match(/Are you safe right now\?$/);
    const record = await onlyRecord(sms.running());
    expect(record.progress.safetyCheckPending).to.equal(true);
    expect(record.flags.filter((flag) => flag.kind === 'crisis')).to.have.length(1);
  });

  it('gives the urgent help at HELP after STOP while "are you safe right now?" waits', async () => {
    await texts([...toWhatMatters, 'I want to end my life', 'STOP']);
    const reply = (await sms.phone().text('HELP')).messages;

    expect(reply[0]).to.equal(serviceHelp);
    expect(reply.slice(1).join('\n')).to.match(/116 123/);
  });

  it('gives only what the service is at HELP once they have said they are safe, and notes nothing', async () => {
    await texts([...toWhatMatters, 'I want to end my life', "I'm safe"]);
    const before = await onlyRecord(sms.running());
    const reply = (await sms.phone().text('HELP')).messages;

    expect(reply).to.deep.equal([serviceHelp]);
    const after = await onlyRecord(sms.running());
    expect(after.answers).to.deep.equal(before.answers);
    expect(after.flags).to.deep.equal(before.flags);
  });

  it('gives only what the service is at HELP at a routine question, which is asked next as before', async () => {
    await texts(toWhatMatters);
    const reply = (await sms.phone().text('HELP')).messages;

    expect(reply).to.deep.equal([serviceHelp]);
    expect(await texts(['family'])).to.match(/going well/i);
  });

  it('still gives what the service is, which names 999 and 111, when the HELP turn fails', async () => {
    await texts([...toWhatMatters, 'I want to end my life']);
    const { turnsInFlight } = sms.running().app;
    const track = turnsInFlight.track.bind(turnsInFlight);
    turnsInFlight.track = () => {
      turnsInFlight.track = track;
      return Promise.reject(new Error('outage'));
    };
    const reply = await sms.phone().text('HELP');

    expect(reply.status).to.equal(200);
    expect(reply.messages).to.deep.equal([serviceHelp]);
    expect(serviceHelp).to.match(/999/);
  });

  it('gives only what the service is at HELP from a number that never texted before', async () => {
    expect((await sms.phone().text('HELP')).messages).to.deep.equal([serviceHelp]);
  });
});
