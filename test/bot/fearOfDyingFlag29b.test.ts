/**
 * Explorer 29b: Dev, 54, at his HbA1c of 75 by SMS, scared, asks "am I going to die?".
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { atResult, onEach } from '../support/resultsChat';

describe('Explorer 29b: a fear of dying asked at a result, as the lead contact will read it (H413)', function () {
  this.timeout(60_000);

  // He was given the suicide crisis reply (Samaritans, SHOUT, "Are you safe right now?"), which
  // test/dialogs/resultsAskedAbout.test.ts keeps as decided. He said "yes" he was safe. His plan's
  // "Please note first", for Nurse Kay, then read "Mentioned thoughts of suicide or ending their
  // life. Please contact them today.": he never did; he asked whether his result means he will die.
  // He should see (and Kay read) what he asked, at which result, with the safety answer he gave.
  // Decided (late 29a, H413): a question of fear of dying is not a suicide disclosure. It gets the
  // results' worry answer; his "yes" is then his answer to keeping it for the appointment.
  it('does not tell his lead contact he mentioned thoughts of suicide when he asked if he will die', () =>
    onEach(['sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      await client.say('am I going to die?');
      await client.say('yes');
      const plan = allText(await client.say('show my plan'));

      expect(plan).to.not.match(/thoughts of suicide/);
      expect(plan).to.match(/am I going to die/);
    }));
});
