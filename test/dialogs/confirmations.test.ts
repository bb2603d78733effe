import { expect } from 'chai';
import { createSealer } from '../../storage/encryption';
import { SqlStorage } from '../../storage/sqlStorage';
import { allText, lastQuestion, sayAll, type ChatClient, type PostResult } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { personPersona, runPersona } from '../support/personas';
import { chatClient, freshAppPerTest, startApp, type RunningApp } from '../support/startApp';

/** Up to the carer's yes-or-no "Does Jean know you are doing this?", where a "yes" is a real answer. */
const toPersonAgrees = ['hi', '2', 'Jean', 'Mary', 'daughter'];
const personAgrees = 'respondent.personAgrees';
/** Up to "What matters most to you at the moment?", which takes any words as its answer. */
const toWhatMatters = ['hi', 'me', 'Jean', '1'];
const disclosure = 'honestly i dont see the point anymore, everyone would be better off without me';
/** A warning sign the screen answers with a check-in (test/safety/checkIn.test.ts checks it is one). */
const warningSign = 'I feel like such a burden on my family these days';

/** The two confirmations: what asks them, their card, and what is said when nothing is done. */
const confirmations = [
  {
    kind: 'restart',
    command: 'start again',
    linkId: 'control.restart',
    cancelled: "OK, we'll carry on where we were.",
  },
  {
    kind: 'delete',
    command: 'delete my data',
    linkId: 'control.delete',
    cancelled: 'OK, I have not deleted anything.',
  },
] as const;

const recordCount = async (running: RunningApp): Promise<number> =>
  Number((await running.app.db.get('SELECT COUNT(*) AS n FROM records'))?.n ?? 0);

/** Nothing was restarted or deleted: the one record is there, with the name given at the start. */
async function nothingDone(running: RunningApp): Promise<void> {
  expect(await recordCount(running)).to.equal(1);
  expect((await onlyRecord(running)).answers['subject.name']?.value).to.equal('Jean');
}

describe('Confirmations on the dialog stack', () => {
  const fresh = freshAppPerTest('webchat');

  for (const { command, linkId, cancelled } of confirmations) {
    describe(`"${command}"`, () => {
      it('on a no says so and asks the same question again, and the section carries on from it', async () => {
        await sayAll(fresh.client, [...toPersonAgrees, command]);
        const kept = await fresh.client.say('no');

        expect(kept.replies.map((r) => r.text)).to.have.length(2);
        expect(kept.replies[0].text).to.equal(cancelled);
        expect(lastQuestion(kept)).to.equal(personAgrees);
        expect(allText(kept), 'the section is not begun again').to.not.include('Part 1 of 6');
        const next = await fresh.client.say('yes');
        expect(lastQuestion(next)).to.equal('conditions');
        expect((await onlyRecord(fresh.running)).answers[personAgrees]?.value).to.equal(true);
      });

      for (const reply of ['ok no', 'yes but not now', "not now, I'm ok"]) {
        it(`does nothing on "${reply}", a reply with a no in it, and asks the same question again`, async () => {
          await sayAll(fresh.client, [...toPersonAgrees, command]);
          const kept = await fresh.client.say(reply);

          expect(kept.replies[0].text).to.equal(cancelled);
          expect(lastQuestion(kept)).to.equal(personAgrees);
          await nothingDone(fresh.running);
        });
      }

      it('reads a command word as not a yes: says nothing was done and asks the same question, without the help', async () => {
        await sayAll(fresh.client, [...toPersonAgrees, command]);
        const kept = await fresh.client.say('help');

        expect(kept.replies[0].text).to.equal(cancelled);
        expect(allText(kept)).to.not.match(/It is best if/);
        expect(lastQuestion(kept)).to.equal(personAgrees);
        await nothingDone(fresh.running);
      });

      it('with nothing being asked (the preparation finished) says so on a no and asks nothing', async () => {
        await runPersona(async (text) => (await fresh.client.say(text)).replies, personPersona);
        const asked = await fresh.client.say(command);
        expect(lastQuestion(asked)).to.equal(linkId);

        const kept = await fresh.client.say('no');

        expect(kept.replies.map((r) => r.text)).to.deep.equal([cancelled]);
        expect(await recordCount(fresh.running)).to.equal(1);
        const after = await fresh.client.say('hi');
        expect(allText(after)).to.match(/You have finished getting ready/);
      });

      it('before any question was asked, on a no says so, and the next message gets the welcome', async () => {
        const asked = await fresh.client.say(command);
        expect(lastQuestion(asked)).to.equal(linkId);

        const kept = await fresh.client.say('no');
        expect(kept.replies.map((r) => r.text)).to.deep.equal([cancelled]);

        const next = await fresh.client.say('hi');
        expect(allText(next)).to.match(/Hello, I'm Careprep/);
        expect(lastQuestion(next)).to.equal('respondent.type');
      });

      it('gives the crisis reply to a disclosure while it waits, and a yes after "I am safe" does nothing', async () => {
        await sayAll(fresh.client, [...toPersonAgrees, command]);
        const crisis = await fresh.client.say(disclosure);
        expect(allText(crisis)).to.match(/999/);
        expect(crisis.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
        await nothingDone(fresh.running);

        const safe = await fresh.client.say('yes');
        expect(allText(safe)).to.match(/send any message and I will ask it again/);
        await nothingDone(fresh.running);

        const back = await fresh.client.say('yes');
        expect(back.replies[0].text).to.equal(cancelled);
        expect(allText(back)).to.match(/Welcome back/);
        expect(lastQuestion(back)).to.equal(personAgrees);
        await nothingDone(fresh.running);
        expect((await onlyRecord(fresh.running)).answers[personAgrees]).to.equal(undefined);
      });

      it('asks again after a check-in it raised is cleared, and takes the words that raised it as no answer', async () => {
        await sayAll(fresh.client, [...toWhatMatters, command]);
        const checkIn = await fresh.client.say(warningSign);
        expect(checkIn.questions.map((q) => q.linkId)).to.deep.equal(['safety.checkIn']);

        const cleared = await fresh.client.say('no');

        expect(allText(cleared)).to.match(/Thank you, I'm glad/);
        expect(lastQuestion(cleared)).to.equal(linkId);
        await nothingDone(fresh.running);
        expect((await onlyRecord(fresh.running)).answers['whatMatters.most']).to.equal(undefined);
        const kept = await fresh.client.say('no');
        expect(kept.replies[0].text).to.equal(cancelled);
        expect(lastQuestion(kept)).to.equal('whatMatters.most');
      });

      it('lapses when the chat starts again with no message, saying nothing was done and recapping', async () => {
        await sayAll(fresh.client, [...toPersonAgrees, command]);
        const rejoined = await fresh.client.post({
          type: 'conversationUpdate',
          membersAdded: [{ id: fresh.client.userId }],
        });

        expect(rejoined.replies[0].text).to.equal(cancelled);
        expect(allText(rejoined)).to.match(/Welcome back/);
        expect(lastQuestion(rejoined)).to.equal(personAgrees);
        const answered = await fresh.client.say('yes');
        expect(lastQuestion(answered)).to.equal('conditions');
        await nothingDone(fresh.running);
      });
    });
  }

  it('keeps the delete question as it was, about Jean for her carer, with nobody to tell before sharing', async () => {
    const asked = await sayAll(fresh.client, [...toPersonAgrees, 'delete my data']);
    expect(asked.replies).to.have.length(1);
    expect(asked.replies[0].text).to.match(/^This deletes everything I hold about Jean and about you as Jean's carer/);
    expect(asked.replies[0].text).to.not.match(/care team|let .* know/);
  });
});

describe('Confirmations after a long gap', () => {
  for (const { command, cancelled } of confirmations) {
    it(`takes a "yes" to "${command}" days later as a return: nothing done, a recap and the same question`, async () => {
      let now = new Date('2026-11-23T10:00:00Z');
      const running = await startApp({ overrides: { clock: () => now } });
      try {
        const client = chatClient(running, { channelId: 'webchat' });
        await sayAll(client, [...toPersonAgrees, command]);
        now = new Date('2026-11-26T18:00:00Z');

        const back = await client.say('yes');

        expect(back.replies[0].text).to.equal(cancelled);
        expect(allText(back)).to.match(/Welcome back/);
        expect(lastQuestion(back)).to.equal(personAgrees);
        await nothingDone(running);
        expect((await onlyRecord(running)).answers[personAgrees]).to.equal(undefined);
      } finally {
        await running.stop();
      }
    });
  }

  it('still reads a yes a few minutes later as the answer', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    const running = await startApp({ overrides: { clock: () => now } });
    try {
      const client = chatClient(running, { channelId: 'sms' });
      await sayAll(client, [...toPersonAgrees, 'start again']);
      now = new Date('2026-11-23T10:05:00Z');
      const restarted = await client.say('yes');
      expect(lastQuestion(restarted)).to.equal('respondent.type');
    } finally {
      await running.stop();
    }
  });
});

/**
 * Writes into this conversation's stored state what it held when a confirmation waited as a flag
 * beside the stack (before confirmations were dialogs), as such state may still be stored.
 */
async function storeFlag(running: RunningApp, client: ChatClient, flags: Record<string, boolean>): Promise<string> {
  const row = await running.app.db.get('SELECT key FROM documents WHERE key LIKE ?', [`%${client.conversationId}%`]);
  const key = String(row?.key);
  const storage = new SqlStorage(running.app.db, createSealer(null));
  const stored = (await storage.read([key]))[key] as { meta: Record<string, unknown> };
  stored.meta = { ...stored.meta, ...flags };
  await storage.write({ [key]: stored });
  return key;
}

async function storedMeta(running: RunningApp, key: string): Promise<Record<string, unknown>> {
  const storage = new SqlStorage(running.app.db, createSealer(null));
  return ((await storage.read([key]))[key] as { meta: Record<string, unknown> }).meta;
}

describe('Conversation state stored with a confirmation waiting as a flag', () => {
  const fresh = freshAppPerTest('webchat');

  for (const { kind, linkId, cancelled } of confirmations) {
    const flag = kind === 'restart' ? 'restartPending' : 'deletePending';

    it(`asks the confirmation again on ${flag}, taking the message as no answer to anything`, async () => {
      await sayAll(fresh.client, toPersonAgrees);
      const key = await storeFlag(fresh.running, fresh.client, { [flag]: true });

      const asked: PostResult = await fresh.client.say('yes');

      expect(lastQuestion(asked)).to.equal(linkId);
      expect(asked.replies).to.have.length(1);
      await nothingDone(fresh.running);
      expect((await onlyRecord(fresh.running)).answers[personAgrees]).to.equal(undefined);
      expect(await storedMeta(fresh.running, key)).to.not.have.any.keys('restartPending', 'deletePending');
      const kept = await fresh.client.say('no');
      expect(kept.replies[0].text).to.equal(cancelled);
      expect(lastQuestion(kept)).to.equal(personAgrees);
    });
  }

  it('takes off flags stored as false and reads the message as usual', async () => {
    await sayAll(fresh.client, toPersonAgrees);
    const key = await storeFlag(fresh.running, fresh.client, { restartPending: false, deletePending: false });

    const answered = await fresh.client.say('yes');

    expect(lastQuestion(answered)).to.equal('conditions');
    expect(await storedMeta(fresh.running, key)).to.not.have.any.keys('restartPending', 'deletePending');
  });

  it('deletes on a stored deletePending only once the confirmation asked again gets a yes', async () => {
    await sayAll(fresh.client, toPersonAgrees);
    await storeFlag(fresh.running, fresh.client, { deletePending: true });
    await fresh.client.say('yes');
    await nothingDone(fresh.running);

    const deleted = await fresh.client.say('yes');
    expect(allText(deleted)).to.include('I have deleted everything I held about Jean and you');
    expect(await recordCount(fresh.running)).to.equal(0);
  });
});
