import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { chatClient, freshAppPerTest, startApp } from '../support/startApp';
import { onlyRecord } from '../support/onlyRecord';
import { tempDir } from '../support/tempDb';
import { SqlRecordStore } from '../../storage/recordStore';
import { createSealer } from '../../storage/encryption';

const channels = ['webchat', 'msteams', 'sms'] as const;

const toGoals = ['hi', 'me', 'Jean', '1', 'family', 'garden', 'stairs', 'walk to the shop', 'skip', 'skip'];

for (const channelId of channels) {
  describe(`Conversation behaviours on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('opens with the welcome and asks who is answering', async () => {
      const result = await fresh.client.say('hello');
      expect(allText(result)).to.match(/10 minutes/);
      expect(allText(result)).to.match(/999/);
      expect(lastQuestion(result)).to.equal('respondent.type');
    });

    it('asks a carer about the person by name, never about the carer', async () => {
      await sayAll(fresh.client, ['hi', '2']);
      const result = await fresh.client.say('Jean');
      expect(lastQuestion(result)).to.equal('respondent.name');
      const relationship = await fresh.client.say('Mary');
      expect(relationship.replies.at(-1)?.text).to.match(/Jean/);
      const conditions = await sayAll(fresh.client, ['daughter', 'yes']);
      expect(lastQuestion(conditions)).to.equal('conditions');
      expect(conditions.replies.at(-1)?.text).to.match(/Jean's (health )?conditions/);
      const matters = await fresh.client.say('1');
      expect(matters.replies.at(-1)?.text).to.match(/What matters most to Jean/);
    });

    it('goes back to the previous question and then returns to where it was', async () => {
      await sayAll(fresh.client, [...toGoals, 'walk to the park']);
      const back = await fresh.client.say('back');
      expect(lastQuestion(back)).to.equal('goal.1.text');
      expect(allText(back)).to.match(/walk to the park/);
      const changed = await fresh.client.say('walk to the bus stop');
      expect(lastQuestion(changed)).to.equal('goal.1.importance');
    });

    it('keeps an answer when the person says keep after going back', async () => {
      await sayAll(fresh.client, [...toGoals, 'walk to the park', 'back']);
      const kept = await fresh.client.say('keep');
      expect(lastQuestion(kept)).to.equal('goal.1.importance');
    });

    it('explains the current question on help and asks it again', async () => {
      await sayAll(fresh.client, [...toGoals, 'walk to the park']);
      const help = await fresh.client.say('help');
      expect(lastQuestion(help)).to.equal('goal.1.importance');
      expect(allText(help)).to.match(/0 to 10/);
    });

    it('skips an optional question but not a required one', async () => {
      await sayAll(fresh.client, [...toGoals, 'walk to the park', '8', 'walk after lunch']);
      const skipped = await fresh.client.say('skip');
      expect(lastQuestion(skipped)).to.equal('goal.1.confidence');
      const backToGoals = await fresh.client.say('back');
      expect(lastQuestion(backToGoals)).to.equal('goal.1.barriers');
    });

    it('refuses to skip a required question and says why', async () => {
      await sayAll(fresh.client, toGoals);
      const result = await fresh.client.say('skip');
      expect(lastQuestion(result)).to.equal('goal.1.text');
    });

    it('records "not sure" for a scale instead of forcing a number', async () => {
      await sayAll(fresh.client, [...toGoals, 'walk to the park']);
      const result = await fresh.client.say("I don't know");
      expect(lastQuestion(result)).to.equal('goal.1.action');
    });

    it('re-asks kindly when a scale answer is out of range, losing nothing', async () => {
      await sayAll(fresh.client, [...toGoals, 'walk to the park']);
      const result = await fresh.client.say('15');
      expect(lastQuestion(result)).to.equal('goal.1.importance');
      expect(allText(result)).to.match(/0 to 10/);
      const next = await fresh.client.say('7 out of 10');
      expect(lastQuestion(next)).to.equal('goal.1.action');
    });

    it('asks what would make it more likely when confidence is below 7', async () => {
      await sayAll(fresh.client, [...toGoals, 'walk to the park', '8', 'walk after lunch', 'rain']);
      const result = await fresh.client.say('5');
      expect(lastQuestion(result)).to.equal('goal.1.moreLikely');
      expect(allText(result)).to.match(/smaller/);
    });

    it('takes HTML, emoji and very long answers as text without breaking', async () => {
      await sayAll(fresh.client, ['hi', 'me', 'Jean', '1']);
      const html = await fresh.client.say('<script>alert("x")</script> my family 😊');
      expect(html.status).to.equal(200);
      expect(lastQuestion(html)).to.equal('whatMatters.goingWell');
      const tooLong = await fresh.client.say('a'.repeat(25_000));
      expect(lastQuestion(tooLong)).to.equal('whatMatters.goingWell');
      expect(allText(tooLong)).to.match(/very long answer/);
    });

    it('answers a "hi" between two answers with where they are, not "welcome back"', async () => {
      await sayAll(fresh.client, [...toGoals, 'walk to the park']);
      const result = await fresh.client.say('hi');
      expect(allText(result)).to.not.match(/Welcome back/);
      expect(allText(result)).to.match(/part 3 of 6/i);
      expect(lastQuestion(result)).to.equal('goal.1.importance');
    });

    it('saves on "later" and resumes at the same question with a recap', async () => {
      await sayAll(fresh.client, [...toGoals, 'walk to the park']);
      const paused = await fresh.client.say('later');
      expect(paused.questions).to.have.length(0);
      const resumed = await fresh.client.say('hello');
      expect(allText(resumed)).to.match(/part 3 of 6/i);
      expect(lastQuestion(resumed)).to.equal('goal.1.importance');
    });

    // Asking to stop being asked is a pause, never an answer: found playing a new user (brief t-stop).
    for (const words of [
      'stop asking me questions',
      'Stop asking questions!',
      'no more questions',
      'enough questions',
      "I don't want to answer any more questions",
    ]) {
      it(`pauses on "${words}", says how to come back, keeps what was said and notes nothing`, async () => {
        // At a question answered in their own words, where anything said could be kept as the answer.
        await sayAll(fresh.client, toGoals);
        const paused = await fresh.client.say(words);
        expect(paused.questions, allText(paused)).to.have.length(0);
        expect(allText(paused)).to.match(/Everything is saved/);
        expect(allText(paused)).to.match(/say hello|Text any time/);
        const record = await onlyRecord(fresh.running);
        expect(record.progress.paused).to.equal(true);
        expect(record.answers['goal.1.text']).to.equal(undefined);
        expect(record.answers['whatMatters.most']?.value).to.equal('family');
        const resumed = await fresh.client.say('hello');
        expect(lastQuestion(resumed)).to.equal('goal.1.text');
      });
    }

    // At "anything else?" they mean there is nothing more (review 2): the plan goes on, never paused.
    for (const words of ['no more questions', "that's enough for now"]) {
      it(`reads "${words}" at "anything else to talk about?" as nothing more, not a pause`, async () => {
        await walkTo((text) => fresh.client.say(text), 'topics.own', plainPersonAnswers);
        const reply = await fresh.client.say(words);
        expect(allText(reply)).to.not.match(/Everything is saved/);
        const record = await onlyRecord(fresh.running);
        expect(record.progress.paused ?? false).to.equal(false);
        expect(record.answers['topics.own']?.status).to.equal('skipped');
      });
    }

    // "Would you like to add another goal?" asks for anything more: "enough" there says no more goals (review 19).
    for (const words of ["that's enough for now", "that's enough goals", "that'll do"]) {
      it(`reads "${words}" at "add another goal?" as no more goals, not a pause`, async () => {
        await walkTo((text) => fresh.client.say(text), 'goal.another', plainPersonAnswers);
        const reply = await fresh.client.say(words);
        expect(allText(reply)).to.not.match(/Everything is saved/);
        expect(lastQuestion(reply), allText(reply)).to.equal('topics.selected');
        const record = await onlyRecord(fresh.running);
        expect(record.progress.paused ?? false).to.equal(false);
        expect(record.answers['goal.1.another']).to.include({ status: 'answered', value: false });
      });
    }

    it(`still pauses on "that's enough for now" at a question that asks for no more`, async () => {
      await sayAll(fresh.client, toGoals);
      const paused = await fresh.client.say("that's enough for now");
      expect(allText(paused)).to.match(/Everything is saved/);
      expect((await onlyRecord(fresh.running)).progress.paused).to.equal(true);
    });

    it('starts again only after a yes to the confirmation', async () => {
      await sayAll(fresh.client, [...toGoals]);
      const confirm = await fresh.client.say('start again');
      expect(lastQuestion(confirm)).to.equal('control.restart');
      const cancelled = await fresh.client.say('no');
      expect(lastQuestion(cancelled)).to.equal('goal.1.text');
      await fresh.client.say('start over');
      const restarted = await fresh.client.say('yes');
      expect(lastQuestion(restarted)).to.equal('respondent.type');
    });
  });
}

describe('Multi-select cards', () => {
  it('offers a check-box card on web chat and reads its submit like typed picks', async () => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId: 'webchat' });
      const asked = await sayAll(client, ['hi', 'me', 'Jean']);
      const question = asked.replies.at(-1);
      expect(lastQuestion(asked)).to.equal('conditions');
      expect(JSON.stringify(question?.attachments)).to.include('Input.ChoiceSet');
      const result = await client.post({ text: undefined, value: { answer: 'diabetes,copd' } });
      expect(lastQuestion(result)).to.equal('whatMatters.most');
      expect(allText(result)).to.match(/Diabetes, COPD, asthma or breathing/);
    } finally {
      await running.stop();
    }
  });

  it('sends no card on SMS', async () => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId: 'sms' });
      const asked = await sayAll(client, ['hi', 'me', 'Jean']);
      expect(asked.replies.every((r) => r.attachments === undefined)).to.equal(true);
    } finally {
      await running.stop();
    }
  });
});

describe('Resuming after a restart', () => {
  it('continues at the same question in a new process on the same database', async () => {
    const tmp = tempDir();
    const env = { CAREPREP_DB: tmp.file() };
    const first = await startApp({ env });
    const client = chatClient(first, { channelId: 'webchat' });
    await sayAll(client, [...toGoals, 'walk to the park']);
    await first.stop();
    const second = await startApp({ env });
    try {
      const again = chatClient(second, {
        channelId: 'webchat',
        conversationId: client.conversationId,
        userId: client.userId,
      });
      const result = await again.say('8');
      expect(lastQuestion(result)).to.equal('goal.1.action');
    } finally {
      await second.stop();
      tmp.cleanup();
    }
  });

  it('gives a recap and the same question when the person comes back days later', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    const running = await startApp({ overrides: { clock: () => now } });
    try {
      const client = chatClient(running, { channelId: 'sms' });
      await sayAll(client, [...toGoals, 'walk to the park']);
      now = new Date('2026-11-26T18:00:00Z');
      const result = await client.say('hi');
      expect(allText(result)).to.match(/Welcome back/);
      expect(lastQuestion(result)).to.equal('goal.1.importance');
    } finally {
      await running.stop();
    }
  });

  it('keeps two people on one channel apart', async () => {
    const running = await startApp();
    try {
      const first = chatClient(running, { channelId: 'webchat', conversationId: 'shared-conv' });
      const second = chatClient(running, { channelId: 'webchat', conversationId: 'shared-conv-2' });
      await sayAll(first, [...toGoals, 'walk to the park']);
      const fresh = await second.say('hi');
      expect(lastQuestion(fresh)).to.equal('respondent.type');
      const plan = await sayAll(second, ['show my plan']);
      expect(allText(plan)).to.not.match(/walk to the park|Jean/);
    } finally {
      await running.stop();
    }
  });

  it('keeps every answer in the record in the turn it was given', async () => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId: 'webchat' });
      await sayAll(client, [...toGoals, 'walk to the park', '9']);
      const store = new SqlRecordStore(running.app.db, createSealer(null));
      const [summary] = await store.list();
      const record = await store.get(summary.id);
      expect(record?.value.answers['goal.1.text']?.value).to.equal('walk to the park');
      expect(record?.value.answers['goal.1.importance']?.value).to.equal(9);
      expect(record?.value.progress.current).to.equal('goal.1.action');
    } finally {
      await running.stop();
    }
  });
});
