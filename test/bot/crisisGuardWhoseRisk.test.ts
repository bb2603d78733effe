/**
 * Whose risk a carer tells of (explorer 23b, findings 1, 2 and 11; H155-H157). Sam, Ron's wife,
 * telling at "How are you coping?" that Ron said he'd be better off dead was asked "Are you safe
 * right now?" and flagged as the carer; "he is, but I'm not" at "Is Ron safe right now?" lost
 * Sam's own risk; "not him, me" at the check-in about Ron was taken as Ron's crisis.
 */
import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { whoseCrisis } from '../../safety/whose';
import { allText, lastQuestion, type ChatClient } from '../support/botClient';
import { samForRon } from '../support/carerScripts';
import { onlyRecord } from '../support/onlyRecord';
import { walkTo } from '../support/scripts';
import { freshAppPerTest, type RunningApp } from '../support/startApp';

const walk = (client: ChatClient, linkId: string, answers: Readonly<Record<string, string>>) =>
  walkTo((words) => client.say(words), linkId, answers);
const crisisFlags = async (running: RunningApp) =>
  (await onlyRecord(running)).flags.filter((flag) => flag.kind === 'crisis');

describe('Whose risk a carer tells of, in the conversation (webchat)', () => {
  const fresh = freshAppPerTest('webchat');

  it("flags a carer's telling of the person's wish to die at 'How are you coping?' as the person's, not the carer's own", async () => {
    await walk(fresh.client, 'carer.coping', { ...samForRon, 'mood.down': 'no' });
    const reply = await fresh.client.say("badly, he told me last night he'd be better off dead");
    expect(allText(reply)).to.match(/Is Ron safe right now\?/);
    const [flag] = await crisisFlags(fresh.running);
    expect(flag, 'a crisis flag').to.not.equal(undefined);
    expect(flag.about, "Ron's risk, not Sam's").to.equal(undefined);
  });

  it("raises a carer's own crisis, apart from the person's, for \"he is, but I'm not\" to 'Is Ron safe right now?'", async () => {
    await walk(fresh.client, 'whatMatters.most', samForRon);
    await fresh.client.say('he says he wants to die');
    const reply = await fresh.client.say("he is, but I'm not");
    expect(allText(reply)).to.not.match(/When Ron is safe/);
    const flags = await crisisFlags(fresh.running);
    expect(flags.filter((flag) => flag.about === 'carer')).to.have.length(1);
  });

  it("takes a carer's \"not him, me\" at 'Is Ron having thoughts of ending their life?' as the carer's own crisis", async () => {
    await walk(fresh.client, 'whatMatters.most', samForRon);
    await fresh.client.say('he feels like such a burden on the family these days');
    const reply = await fresh.client.say('not him, me');
    expect(allText(reply)).to.not.match(/Is Ron safe right now/);
    const flags = await crisisFlags(fresh.running);
    expect(flags.map((flag) => flag.about)).to.deep.equal(['carer']);
  });
});

describe('Whose crisis, when a few words before it are heard by the learned layer alone', () => {
  const screen = createCrisisScreen();
  for (const text of ["he told me last night he'd be better off dead", "badly, he told me he'd be better off dead"]) {
    it(`reads "${text}" as someone else's`, () => {
      expect(whoseCrisis(text, screen, ['Ron', 'husband'])).to.equal('someoneElse');
    });
  }
  it('still reads "he told me I\'d be better off dead" as the writer\'s', () => {
    expect(whoseCrisis("he told me I'd be better off dead", screen, ['Ron'])).to.equal('writer');
  });
});

describe("A carer's own part at the crisis questions about the person (webchat)", () => {
  const fresh = freshAppPerTest('webchat');
  const toCheckIn = async () => {
    await walk(fresh.client, 'whatMatters.most', samForRon);
    await fresh.client.say('he feels like such a burden on the family these days');
  };

  it('flags both, asking Sam whether she is safe, for "yes him, and me too" at the check-in', async () => {
    await toCheckIn();
    const reply = await fresh.client.say('yes him, and me too');
    expect(allText(reply)).to.match(/Are you safe right now\?/);
    const flags = await crisisFlags(fresh.running);
    expect(flags.map((flag) => flag.about ?? 'person')).to.have.members(['person', 'carer']);
  });

  it('still flags Ron\'s crisis for a plain "yes" at the check-in', async () => {
    await toCheckIn();
    const reply = await fresh.client.say('yes');
    expect(allText(reply)).to.match(/Is Ron safe right now\?/);
    expect((await crisisFlags(fresh.running)).map((flag) => flag.about)).to.deep.equal([undefined]);
  });

  it('keeps Sam\'s "I\'m not" on her own flag and carries on once she is safe', async () => {
    await walk(fresh.client, 'whatMatters.most', samForRon);
    await fresh.client.say('he says he wants to die');
    const reply = await fresh.client.say("he is, but I'm not");
    expect(allText(reply)).to.match(/When you are safe/);
    expect(lastQuestion(reply)).to.equal('safety.check');
    const flags = await crisisFlags(fresh.running);
    expect(flags.map((flag) => [flag.about ?? 'person', flag.safeNow])).to.deep.equal([
      ['person', undefined],
      ['carer', 'no'],
    ]);
    const safe = await fresh.client.say("I'm safe");
    expect(allText(safe)).to.match(/Thank you for telling me/);
  });
});
