/**
 * Taking a shared plan back, deleting it, and keeping things from the care team, as a person and
 * a carer see it: every reply about sharing names the lead contact the plan went to, speaks of the
 * person cared for by name, and says only what has happened.
 */
import { expect } from 'chai';
import { gsm7Length, isGsm7 } from '../../content/gsm7';
import { sharedRecord } from '../../plan/consentScope';
import type { PreparationRecord } from '../../plan/record';
import { allText, lastQuestion, sayAll, type ChatClient } from '../support/botClient';
import { SqlAuditLog } from '../../storage/auditLog';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';
import { invitationCode, leadReachableAt } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { onEachChannel, type ListenedApp } from '../support/planListeners';
import { carerPersona, personPersona, runPersona, type Persona } from '../support/personas';
import { walkTo } from '../support/scripts';
import { chatClient, type RunningApp } from '../support/startApp';

type ChannelId = 'webchat' | 'msteams' | 'sms';
const lead = 'Dr Sam Patel';

/** An app whose plan listeners note what they are told, and Dr Sam Patel's Teams, where shared plans can reach them. */
interface Opened extends ListenedApp {
  teams: FakeTeamsConnector;
}

/** Runs `body` once per channel, against a fresh app and Teams for each, stopped after. */
async function onEach(list: readonly ChannelId[], body: (opened: Opened, channelId: ChannelId) => Promise<void>) {
  for (const channelId of list) {
    const teams = await startFakeTeamsConnector();
    try {
      await onEachChannel<ChannelId>([channelId], (opened) => body({ ...opened, teams }, channelId));
    } finally {
      await teams.close();
    }
  }
}

/**
 * A person or carer, invited by Dr Sam Patel, who has gone all the way through and shared the plan,
 * which has reached Dr Sam Patel; with `reached` false, Dr Sam Patel cannot be reached, so it never does.
 */
async function shared(
  { running, teams }: Opened,
  channelId: ChannelId,
  persona: Persona,
  reached = true,
): Promise<ChatClient> {
  if (reached) await leadReachableAt(running, teams.serviceUrl);
  const code = await invitationCode(running, lead);
  const client = chatClient(running, { channelId });
  await runPersona(async (text) => (await client.say(text)).replies, persona, code);
  await running.app.deliveries.idle();
  return client;
}

/** Every answer's words in a record, to look for what should never have been kept. */
const answerWords = (record: PreparationRecord): string[] =>
  Object.values(record.answers).flatMap((answer) => (typeof answer.value === 'string' ? [answer.value] : []));

const yes = (channelId: ChannelId): string => (channelId === 'sms' ? '1' : 'yes');
const no = (channelId: ChannelId): string => (channelId === 'sms' ? '2' : 'no');

/** A person invited by Dr Sam Patel answering plainly, to the point a test needs. */
const plainAnswers: Readonly<Record<string, string>> = {
  'respondent.type': '1',
  'subject.name': 'Sam',
  'goal.1.text': 'walk more',
  'goal.another': 'no',
  'topics.selected': '1',
  'mood.down': 'yes',
  'review.change': 'It looks right',
  'share.send': 'all',
};

/** A client walked from Dr Sam Patel's invitation to the question `stopAt`. */
async function walkedTo(running: RunningApp, channelId: ChannelId, stopAt: string): Promise<ChatClient> {
  const client = chatClient(running, { channelId });
  await walkTo((text) => client.say(text), stopAt, plainAnswers, await invitationCode(running, lead));
  return client;
}

/** What people say when they want a plan they shared taken back. */
const takeBackPhrases = ['withdraw consent', 'unshare', 'stop sharing my plan', "I don't want my nurse to see this"];

describe('Deleting a shared plan', () => {
  it(`names ${lead}, not "your care team", when asking to delete a plan shared with them`, async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const client = await shared(opened, channelId, personPersona);
      const asked = allText(await client.say('delete my data'));

      expect(asked, channelId).to.include(lead);
      expect(asked, channelId).to.not.include('your care team');
    });
  });

  it(`says ${lead} will be told, not that they were, while the withdrawal is on its way`, async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const { told } = opened;
      const client = await shared(opened, channelId, personPersona);
      await client.say('delete my data');
      const done = allText(await client.say(yes(channelId)));

      expect(told.withdrawn, channelId).to.have.length(1);
      expect(done, channelId).to.include(`I will let ${lead} know`);
      expect(done, channelId).to.not.match(/\btold\b/);
    });
  });

  it("tells a carer that deleting takes back Jean's plan, when asking and when done", async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const client = await shared(opened, channelId, carerPersona);
      const asked = allText(await client.say('delete my data'));
      const done = allText(await client.say(yes(channelId)));

      expect(asked, `${channelId}: asking`).to.include("Jean's");
      expect(asked, `${channelId}: asking`).to.not.match(/everything I hold about you|all I hold about you/);
      expect(done, `${channelId}: done`).to.match(/Jean's plan/);
    });
  });
});

describe('"Show my data" about a shared plan', () => {
  it(`names ${lead} as who the plan was shared with`, async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const client = await shared(opened, channelId, personPersona);
      const data = allText(await client.say('show my data'));

      expect(data, channelId).to.match(new RegExp(`you said yes to sharing version 1 with ${lead}\\.`));
    });
  });

  it('tells a carer what they agreed to, about Jean, not that "your carer" did', async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const client = await shared(opened, channelId, carerPersona);
      const data = allText(await client.say('show my data'));

      expect(data, channelId).to.match(new RegExp(`you said yes to sharing version 1 of Jean's plan with ${lead}\\.`));
      expect(data, channelId).to.not.match(/your carer said|hold about you\b|on your plan|to your plan/);
      expect(data, channelId).to.match(/about Jean/);
    });
  });
});

describe('Starting again after sharing', () => {
  it(`says ${lead} still has the plan sent before, and it can still be taken back after starting again`, async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const { running, told } = opened;
      const client = await shared(opened, channelId, personPersona);
      const asked = allText(await client.say('start again'));
      await client.say(yes(channelId));
      const record = await onlyRecord(running);

      expect(asked, channelId).to.include(`${lead} will still have the plan you shared`);
      expect(record.leadContact?.name, `${channelId}: still linked to the lead contact`).to.equal(lead);
      expect(record.shared?.planVersion, `${channelId}: what they hold`).to.equal(1);
      await client.say('delete my data');
      const done = allText(await client.say(yes(channelId)));
      expect(told.withdrawn, `${channelId}: told of the delete`).to.have.length(1);
      expect(done, channelId).to.include(`I will let ${lead} know`);
    });
  });

  it('says nothing of a care team when nothing was shared', async () => {
    await onEach(['webchat'], async ({ running }, channelId) => {
      const client = chatClient(running, { channelId });
      await client.say(await invitationCode(running, lead));
      const asked = allText(await client.say('start again'));

      expect(asked, channelId).to.not.include(lead);
      expect(asked, channelId).to.not.match(/care team/);
    });
  });
});

describe('Taking a shared plan back', () => {
  it(`asks first, naming ${lead}, for every way of saying it, and takes nothing back on a no`, async () => {
    await onEach(['webchat', 'msteams', 'sms'], async (opened, channelId) => {
      const { told } = opened;
      for (const persona of [personPersona, carerPersona]) {
        const client = await shared(opened, channelId, persona);
        for (const said of takeBackPhrases) {
          const asked = await client.say(said);
          const kept = allText(await client.say(no(channelId)));
          const where = `${channelId}, ${persona.name}, "${said}"`;

          expect(lastQuestion(asked), where).to.equal('control.withdraw');
          expect(allText(asked), where).to.include(lead);
          expect(allText(asked), where).to.include(persona === carerPersona ? "Jean's plan" : 'your plan');
          expect(kept, where).to.include(`${lead} still has the plan`);
        }
      }
      expect(told.withdrawn, channelId).to.have.length(0);
      expect(told.shared, channelId).to.have.length(2);
    });
  });

  it(`on a yes tells ${lead} the way a delete does, keeps the answers, and only then says it is done`, async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const { running, told } = opened;
      const client = await shared(opened, channelId, personPersona);
      await client.say('withdraw consent');
      const done = allText(await client.say(yes(channelId)));
      const record = await onlyRecord(running);
      const audit = await new SqlAuditLog(running.app.db).all();

      expect(told.withdrawn, channelId).to.have.length(1);
      expect(told.withdrawn[0].status, channelId).to.equal('withdrawn');
      expect(record.status, channelId).to.equal('withdrawn');
      expect(record.answers['whatMatters.most']?.value, `${channelId}: their own answers kept`).to.equal(
        'Seeing my grandchildren and staying in my own home',
      );
      expect(audit.at(-1), channelId).to.deep.include({ actor: 'person', action: 'withdraw' });
      expect(done, channelId).to.include(`I will let ${lead} know`);
      expect(done, channelId).to.not.match(/\btold\b/);
    });
  });

  it("shares again after 'change', as the reply after taking it back says", async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const { running, told } = opened;
      const client = await shared(opened, channelId, personPersona);
      await client.say('withdraw consent');
      const done = allText(await client.say(yes(channelId)));
      expect(done, channelId).to.match(/say 'change'|reply CHANGE/);

      await walkTo((text) => client.say(text), 'share.consent', plainAnswers, 'change');
      await client.say('yes');

      expect(told.shared, channelId).to.have.length(2);
      expect((await onlyRecord(running)).status, channelId).to.equal('shared');
    });
  });

  it('says nothing is shared when asked again after taking it back', async () => {
    await onEach(['webchat'], async (opened, channelId) => {
      const { told } = opened;
      const client = await shared(opened, channelId, personPersona);
      await client.say('unshare');
      await client.say(yes(channelId));
      const again = await client.say('unshare');

      expect(lastQuestion(again), channelId).to.not.equal('control.withdraw');
      expect(allText(again), channelId).to.include(`not shared with ${lead}`);
      expect(told.withdrawn, channelId).to.have.length(1);
    });
  });

  it(`says before sharing that nothing has been shared with ${lead}, and asks the same question again`, async () => {
    await onEach(['webchat', 'sms'], async ({ running, told }, channelId) => {
      const client = chatClient(running, { channelId });
      await sayAll(client, [await invitationCode(running, lead), '1', 'Sam']);
      for (const said of ['withdraw consent', 'unshare', 'stop sharing my plan']) {
        const reply = await client.say(said);

        expect(allText(reply), `${channelId}, "${said}"`).to.include(`not shared with ${lead}`);
        expect(lastQuestion(reply), `${channelId}, "${said}"`).to.equal('conditions');
      }
      expect(told.withdrawn, channelId).to.have.length(0);
    });
  });
});

describe('Keeping things from the care team when asked whether to share', () => {
  const said = "I don't want my nurse to see this";

  it(`takes "${said}" to "may I send it?" as a no, sending nothing and asking nothing more`, async () => {
    await onEach(['webchat', 'sms'], async ({ running, told }, channelId) => {
      const client = await walkedTo(running, channelId, 'share.consent');
      const reply = await client.say(said);
      const record = await onlyRecord(running);

      expect(lastQuestion(reply), channelId).to.equal(undefined);
      expect(allText(reply), channelId).to.include('Nobody else will see your plan');
      expect(told.shared, channelId).to.have.length(0);
      expect(record.consents.at(-1)?.decision, channelId).to.equal('doNotShare');
    });
  });

  it(`takes it to "which parts shall I send?" as none, and to "may your care team see your answers about how you have been feeling?" as no`, async () => {
    await onEach(['webchat'], async ({ running, told }, channelId) => {
      const atParts = await walkedTo(running, channelId, 'share.send');
      const parts = await atParts.say(said);

      expect(allText(parts), channelId).to.include('You picked no part to send');
      expect(told.shared, channelId).to.have.length(0);
    });
    await onEach(['webchat'], async ({ running }, channelId) => {
      const atMood = await walkedTo(running, channelId, 'mood.share');
      const next = await atMood.say(said);

      expect(lastQuestion(next), channelId).to.not.equal('mood.share');
      expect((await onlyRecord(running)).answers['mood.share']?.value, channelId).to.equal(false);
    });
  });
});

describe('Keeping an answer from the care team while answering', () => {
  const said = "I don't want my nurse to see this";
  const parts = [
    { stopAt: 'whatMatters.hard', section: 'whatMatters', part: 'what matters' },
    { stopAt: 'goal.1.action', section: 'goals', part: 'goals' },
    { stopAt: 'topics.own', section: 'topics', part: 'things to talk about' },
  ];

  it(`never keeps "${said}" as an answer, and asks whether to keep that part from ${lead}`, async () => {
    for (const { stopAt, part } of parts) {
      await onEach(['webchat', 'sms'], async ({ running }, channelId) => {
        const client = await walkedTo(running, channelId, stopAt);
        const reply = await client.say(said);
        const record = await onlyRecord(running);
        const where = `${channelId}, at ${stopAt}`;

        expect(answerWords(record), where).to.not.include(said);
        expect(record.answers[stopAt], where).to.equal(undefined);
        expect(allText(reply), where).to.not.match(/Noted|in the plan/);
        expect(lastQuestion(reply), where).to.equal('control.keepBack');
        expect(allText(reply), where).to.include(lead).and.include(part);
      });
    }
  });

  it(`on a yes keeps that part out of what is offered and sent to ${lead}, and asks the same question again`, async () => {
    await onEach(['webchat', 'sms'], async ({ running, told }, channelId) => {
      const client = await walkedTo(running, channelId, 'whatMatters.hard');
      await client.say(said);
      const kept = await client.say(yes(channelId));

      expect(allText(kept), channelId).to.include(`I will not send what matters to ${lead}`);
      expect(lastQuestion(kept), channelId).to.equal('whatMatters.hard');
      await client.say('The stairs');
      expect(
        (await onlyRecord(running)).answers['whatMatters.hard']?.value,
        `${channelId}: for their own copy`,
      ).to.equal('The stairs');

      const offered = await walkTo((text) => client.say(text), 'share.send', plainAnswers, 'hi');
      expect(allText(offered), `${channelId}: not offered to send`).to.not.include('What matters');
      await client.say('all');
      await client.say('yes');
      expect(told.shared, channelId).to.have.length(1);
      const consent = told.shared[0].record.consents.at(-1);
      expect(consent?.excludedSections, channelId).to.include('whatMatters');
      expect(
        sharedRecord(told.shared[0].record)?.answers['whatMatters.hard'],
        `${channelId}: what they are sent`,
      ).to.equal(undefined);
    });
  });

  it('on a no keeps nothing back and asks the same question again', async () => {
    await onEach(['webchat'], async ({ running }, channelId) => {
      const client = await walkedTo(running, channelId, 'whatMatters.hard');
      await client.say(said);
      const reply = await client.say(no(channelId));

      expect(lastQuestion(reply), channelId).to.equal('whatMatters.hard');
      expect((await onlyRecord(running)).keptBack ?? [], channelId).to.deep.equal([]);
    });
  });

  it(`says, at a question about the person, that nothing is sent to ${lead} unless they say yes`, async () => {
    await onEach(['webchat'], async ({ running }, channelId) => {
      const client = await walkedTo(running, channelId, 'conditions');
      const reply = await client.say(said);

      expect(allText(reply), channelId).to.include(`not shared with ${lead}`);
      expect(lastQuestion(reply), channelId).to.equal('conditions');
    });
  });
});

describe('By SMS', () => {
  it('asks and answers about taking back, keeping back and deleting in plain GSM-7 texts of at most 320 characters', async () => {
    const texts: string[] = [];
    const keep = (replies: { replies: { text?: string }[] }): void =>
      void texts.push(...replies.replies.map((reply) => reply.text ?? ''));
    // Once with the plan in Dr Sam Patel's hands, once before it reached them.
    for (const reached of [true, false]) {
      await onEach(['sms'], async (opened, channelId) => {
        const client = await shared(opened, channelId, carerPersona, reached);
        for (const said of [
          'start again',
          '2',
          'show my data',
          'delete my data',
          '2',
          'unshare',
          '2',
          'unshare',
          '1',
        ]) {
          keep(await client.say(said));
        }
        keep(await client.say('unshare'));
        keep(await client.say('delete my data'));
        keep(await client.say('1'));
      });
      await onEach(['sms'], async (opened, channelId) => {
        const client = await shared(opened, channelId, carerPersona, reached);
        keep(await client.say('delete my data'));
        keep(await client.say('1'));
      });
    }
    await onEach(['sms'], async ({ running }, channelId) => {
      const client = await walkedTo(running, channelId, 'whatMatters.hard');
      for (const said of ["I don't want my nurse to see this", '1', "I don't want my nurse to see this", '2']) {
        keep(await client.say(said));
      }
    });

    expect(texts.length).to.be.above(10);
    for (const sent of texts) {
      expect(isGsm7(sent), sent).to.equal(true);
      expect(gsm7Length(sent), sent).to.be.at.most(320);
    }
  });
});
