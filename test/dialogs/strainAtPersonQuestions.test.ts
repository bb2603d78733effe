/**
 * H441: a carer's own strain said at a question about the person (Ann for her mum Jean, who has
 * dementia: "what matters to her? honestly I'm at the end of my tether"; "I'm exhausted and I can't
 * cope" at "What is hard for Jean?") was noted as Jean's answer, or kept for Ann's part unasked,
 * and raised no carer-strain flag (H346, H410). Now it is acknowledged, never noted as Jean's, and
 * offered to keep in Ann's own part: her yes keeps it and raises the flag, which goes with her part
 * only; her no keeps nothing. Through the real bot over HTTP on Web Chat, and as Twilio texts on SMS.
 */
import { expect } from 'chai';
import type { PreparationRecord } from '../../plan/record';
import { allText, lastQuestion, type ChatClient } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { annForJean } from '../support/carerScripts';
import { walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';
import { smsService } from '../channels/sms/smsService';

const tether = "what matters to her? honestly I'm at the end of my tether";
const offered = /sorry things are so hard for you[\s\S]*not noted it as Jean's answer[\s\S]*part about you/;
const strainFlags = (record: PreparationRecord): number =>
  record.flags.filter((flag) => flag.kind === 'carerStrain').length;

async function at(client: ChatClient, linkId: string): Promise<void> {
  await walkTo((text) => client.say(text), linkId, annForJean);
}

describe('A carer at the end of her tether, at a question about her mum, on Web Chat (H441)', function () {
  this.timeout(60_000);
  const fresh = freshAppPerTest('webchat', 'http');

  it('acknowledges it, notes nothing for Jean, and keeps it in her own part with her yes, flagged', async () => {
    await at(fresh.client, 'whatMatters.most');
    const offer = await fresh.client.say(tether);
    expect(allText(offer)).to.match(offered);
    expect(lastQuestion(offer)).to.equal('whatMatters.most');
    let saved = await onlyRecord(fresh.running);
    expect(saved.answers['whatMatters.most']).to.equal(undefined);
    expect(saved.carerViews.carer).to.equal(undefined);
    expect(strainFlags(saved)).to.equal(0);

    const kept = await fresh.client.say('yes');
    expect(allText(kept)).to.match(/kept your words in the part about you/);
    expect(allText(kept)).to.match(/carer's assessment/);
    expect(lastQuestion(kept)).to.equal('whatMatters.most');
    saved = await onlyRecord(fresh.running);
    expect(saved.carerViews.carer?.text).to.equal("honestly I'm at the end of my tether");
    expect(saved.answers['whatMatters.most']).to.equal(undefined);
    expect(strainFlags(saved)).to.equal(1);

    await fresh.client.say('Her garden and her cat');
    saved = await onlyRecord(fresh.running);
    expect(saved.answers['whatMatters.most']?.value).to.equal('Her garden and her cat');
  });

  it('keeps nothing and raises no flag when she says no, and asks about Jean again', async () => {
    await at(fresh.client, 'whatMatters.hard');
    expect(allText(await fresh.client.say("I'm exhausted and I can't cope"))).to.match(offered);
    const declined = await fresh.client.say('no');
    expect(allText(declined)).to.match(/I have not kept them/);
    expect(lastQuestion(declined)).to.equal('whatMatters.hard');
    const saved = await onlyRecord(fresh.running);
    expect(saved.carerViews.carer).to.equal(undefined);
    expect(saved.answers['whatMatters.hard']).to.equal(undefined);
    expect(strainFlags(saved)).to.equal(0);
  });

  it('reads an answer about Jean given in place of a yes or no as her answer, as ever', async () => {
    await at(fresh.client, 'whatMatters.hard');
    await fresh.client.say("I'm at breaking point");
    await fresh.client.say('She gets lost in the shop');
    const saved = await onlyRecord(fresh.running);
    expect(saved.answers['whatMatters.hard']?.value).to.equal('She gets lost in the shop');
    expect(saved.carerViews.carer).to.equal(undefined);
  });

  it('notes what she said of Jean beside it once she has answered the offer ("She gets lost in the shop and I\'m not coping")', async () => {
    await at(fresh.client, 'whatMatters.hard');
    const offer = await fresh.client.say("She gets lost in the shop and I'm not coping");
    expect(allText(offer)).to.match(/note the rest once you have answered/);
    expect((await onlyRecord(fresh.running)).answers['whatMatters.hard']).to.equal(undefined);
    const next = await fresh.client.say('yes');
    expect(lastQuestion(next)).to.equal('whatMatters.wouldLikeTo');
    const saved = await onlyRecord(fresh.running);
    expect(saved.answers['whatMatters.hard']?.value).to.equal('She gets lost in the shop');
    expect(saved.carerViews.carer?.text).to.equal("I'm not coping");
    expect(strainFlags(saved)).to.equal(1);
  });

  // The carer's own strain, at other questions about Jean: nothing noted as hers, the offer made.
  const elsewhere: Array<[string, string]> = [
    ['whatMatters.goingWell', "I can't keep doing this on my own"],
    ['whatMatters.feelings', "Honestly I'm burnt out, I haven't slept in weeks"],
    ['goal.1.text', "I'm at breaking point"],
    ['goal.1.barriers', "I'm at my wits end"],
    ['topics.own', 'im exhausted and cant cope'],
    ['whatMatters.wouldLikeTo', "I'm exhausted and can't cope"],
  ];
  for (const [linkId, said] of elsewhere) {
    it(`offers to keep "${said}" at ${linkId}, noting nothing for Jean`, async () => {
      await at(fresh.client, linkId);
      const reply = await fresh.client.say(said);
      expect(allText(reply)).to.match(offered);
      expect(lastQuestion(reply)).to.equal(linkId);
      expect((await onlyRecord(fresh.running)).answers[linkId]).to.equal(undefined);
    });
  }

  // Near misses: about Jean, or naming no one, or taken back: her answer, as before, and no offer.
  const aboutJean: Array<[string, string]> = [
    ['whatMatters.hard', "She can't cope with the stairs"],
    ['whatMatters.hard', "can't cope with the stairs"],
    ['whatMatters.hard', 'Mum is falling apart since dad died'],
    ['whatMatters.goingWell', 'I help her get dressed'],
    ['whatMatters.most', 'a bit tired but she loves her garden'],
    ['goal.1.barriers', 'Jean gets burnt out by the afternoon'],
  ];
  for (const [linkId, said] of aboutJean) {
    it(`notes "${said}" at ${linkId} as Jean's answer, with no offer`, async () => {
      await at(fresh.client, linkId);
      const reply = await fresh.client.say(said);
      expect(allText(reply)).to.not.match(/sorry things are so hard/);
      expect((await onlyRecord(fresh.running)).answers[linkId]?.value).to.equal(said);
    });
  }

  it('makes no offer and raises no flag for strain taken back ("I\'m not at the end of my tether, she is doing well")', async () => {
    await at(fresh.client, 'whatMatters.goingWell');
    const reply = await fresh.client.say("I'm not at the end of my tether, she is doing well");
    expect(allText(reply)).to.not.match(/sorry things are so hard/);
    const saved = await onlyRecord(fresh.running);
    expect(saved.answers['whatMatters.goingWell']?.value).to.match(/she is doing well/);
    expect(strainFlags(saved)).to.equal(0);
  });

  it('notes it as the answer of someone answering for themselves', async () => {
    await walkTo((text) => fresh.client.say(text), 'whatMatters.hard', {
      'respondent.type': '1',
      'subject.name': 'Jean',
    });
    const reply = await fresh.client.say("I'm exhausted and I can't cope");
    expect(allText(reply)).to.not.match(/sorry things are so hard/);
    expect((await onlyRecord(fresh.running)).answers['whatMatters.hard']?.value).to.equal(
      "I'm exhausted and I can't cope",
    );
  });
});

describe('A carer at the end of her tether, at a question about her mum, by SMS (H441)', function () {
  this.timeout(60_000);
  const sms = smsService('carers30-token');
  const toWhatMatters = ['hi', '2', 'Jean', 'Ann', 'daughter', 'yes', 'dementia'];

  it('acknowledges it, keeps it in her own part with her YES, flagged, and asks about Jean again', async () => {
    expect(await sms.texts(toWhatMatters)).to.match(/What matters most to Jean/);
    const offer = await sms.texts([tether]);
    expect(offer).to.match(/sorry things are so hard for you[\s\S]*not noted as Jean's answer[\s\S]*Reply YES or NO/);
    for (const text of offer.split('\n\n')) expect(text.length).to.be.at.most(320);
    const kept = await sms.texts(['YES']);
    expect(kept).to.match(/Kept in the part about you/);
    expect(kept).to.match(/What matters most to Jean/);
    const saved = await onlyRecord(sms.running());
    expect(saved.carerViews.carer?.text).to.equal("honestly I'm at the end of my tether");
    expect(saved.answers['whatMatters.most']).to.equal(undefined);
    expect(strainFlags(saved)).to.equal(1);
  });
});
