/**
 * H488 through the real bot: Ann, answering for her mum Jean, says her strain in words off H346's
 * list at "What is hard for Jean?" ("we can't cope", "I'm running on empty", "I haven't slept
 * properly in months", Scots and Polish). Each is offered to keep in her own part, none noted as
 * Jean's; "she can't cope with stairs" is still Jean's answer. Web Chat over HTTP, SMS as Twilio texts.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { annForJean } from '../support/carerScripts';
import { walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';
import { smsService } from '../channels/sms/smsService';

const offered = /sorry things are so hard for you[\s\S]*not noted it as Jean's answer/;
const wordings = [
  "we can't cope",
  "I'm running on empty",
  "I've nothing left",
  "it's too much for one person",
  "I haven't slept properly in months",
  "I can't cope with her stairs any more",
  'I cannae cope',
  'nie daję rady',
];

describe('A carer says her strain in her own words at a question about her mum, on Web Chat (H488)', function () {
  this.timeout(120_000);
  const fresh = freshAppPerTest('webchat', 'http');

  it("offers to keep each in her own part and notes none as Jean's answer; \"she can't cope with stairs\" is Jean's", async () => {
    await walkTo((text) => fresh.client.say(text), 'whatMatters.hard', annForJean);
    for (const said of wordings) {
      const offer = await fresh.client.say(said);
      expect(allText(offer), said).to.match(offered);
      expect(lastQuestion(offer)).to.equal('whatMatters.hard');
      await fresh.client.say('no');
    }
    expect((await onlyRecord(fresh.running)).answers['whatMatters.hard']).to.equal(undefined);
    const answered = await fresh.client.say("she can't cope with stairs");
    expect(allText(answered)).to.not.match(/sorry things are so hard/);
    expect((await onlyRecord(fresh.running)).answers['whatMatters.hard']?.value).to.equal("she can't cope with stairs");
  });
});

describe('A carer says her strain in her own words at a question about her mum, by SMS (H488)', function () {
  this.timeout(60_000);
  const sms = smsService('carers31-token');

  it('offers to keep "we can\'t cope" in her own part and keeps it with her YES', async () => {
    expect(await sms.texts(['hi', '2', 'Jean', 'Ann', 'daughter', 'yes', 'dementia'])).to.match(/What matters most/);
    expect(await sms.texts(["honestly we can't cope"])).to.match(
      /sorry things are so hard for you[\s\S]*Reply YES or NO/,
    );
    expect(await sms.texts(['YES'])).to.match(/Kept in the part about you/);
    const saved = await onlyRecord(sms.running());
    expect(saved.carerViews.carer?.text).to.equal("honestly we can't cope");
    expect(saved.answers['whatMatters.most']).to.equal(undefined);
    expect(saved.flags.filter((flag) => flag.kind === 'carerStrain')).to.have.length(1);
  });
});
