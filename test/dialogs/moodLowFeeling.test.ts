/**
 * A sad face or a few words of feeling low ("😞", "meh", "not great tbh") as the answer to a mood
 * question (explore 24): it was "Sorry, I didn't understand", as if it said nothing. It says the
 * person feels low, but not that they have often felt so this last month, so no yes is inferred:
 * it is asked again kindly, with the choices and that yes is fine for some of the time; said again,
 * it is kept as no clear answer (never no), so the direct question follows as for not sure (H177).
 * At the direct question itself it is no clear no: the crisis reply at once, as a hedge is (H37).
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { carerAnswers } from '../support/resultsChat';
import { atQuestion, plainPersonAnswers } from '../support/scripts';
import { freshAppPerTest, type RunningApp } from '../support/startApp';

/** Low feeling said with no yes or no in it. */
const low = [
  '😞',
  '😢',
  '🙁',
  'meh',
  'not great tbh',
  '☹️',
  '😔😔',
  'not good',
  'could be better',
  'honestly not great 😞',
];
/** Calm look-alikes: replies that say nothing low, read as they were before. */
const calm = ['😊', '🙂', 'not bad', 'great'];
/** Emoji alone: never kept as words, which the plan read as SMS text would show as nothing. */
const emojiOnly = (text: string): boolean => !/[\p{L}\p{N}]/u.test(text);

const downThisMonth = { ...plainPersonAnswers, 'mood.down': 'yes' };

async function stored(running: RunningApp, linkId: string): Promise<{ value?: unknown; status?: string } | undefined> {
  return (await onlyRecord(running)).answers[linkId];
}

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Feeling low said without a yes or no at a mood question, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const said of low) {
      it(`asks "feeling down?" again kindly after "${said}", noting nothing yet`, async () => {
        const reply = await atQuestion(app.client, 'mood.down', said);

        expect(lastQuestion(reply)).to.equal('mood.down');
        expect(allText(reply)).to.match(/fine to say yes if it has been some of the time/);
        expect(allText(reply)).to.not.match(/didn't understand/);
        expect(await stored(app.running, 'mood.down')).to.equal(undefined);
      });

      it(`keeps "${said}" said twice as no clear answer, never no, and asks the direct question`, async () => {
        await atQuestion(app.client, 'mood.down', said);
        await app.client.say(said);
        const answer = await stored(app.running, 'mood.down');

        expect(answer?.status).to.equal('unknown');
        expect(answer?.value).to.equal(emojiOnly(said) ? null : said);
        const next = await app.client.say('no');
        expect(lastQuestion(next)).to.equal('mood.harmThoughts');
      });
    }

    for (const said of ['😞', 'not great tbh']) {
      it(`asks "little interest or pleasure?" again kindly after "${said}"`, async () => {
        const reply = await atQuestion(app.client, 'mood.interest', said, { ...plainPersonAnswers, 'mood.down': 'no' });

        expect(lastQuestion(reply)).to.equal('mood.interest');
        expect(allText(reply)).to.match(/fine to say yes if it has been some of the time/);
      });
    }

    it('takes a plain yes after the kind re-ask as yes', async () => {
      await atQuestion(app.client, 'mood.down', '😞');
      await app.client.say('yes');

      expect(await stored(app.running, 'mood.down')).to.include({ status: 'answered', value: true });
    });

    for (const said of calm) {
      it(`never reads "${said}" as feeling low`, async () => {
        const reply = await atQuestion(app.client, 'mood.down', said);

        expect(allText(reply)).to.not.match(/fine to say yes if it has been some of the time/);
      });
    }

    // A carer's low feeling said of the person is read so; their own ("I'm not great") never is (H6).
    for (const said of ['😞', "she's not great tbh"]) {
      it(`asks a carer again kindly after "${said}" about the person`, async () => {
        const reply = await atQuestion(app.client, 'mood.down', said, carerAnswers);
        expect(allText(reply)).to.match(/fine to say yes if it has been some of the time/);
      });
    }

    it('never reads a carer\'s own "I\'m not great tbh" as how the person has felt', async () => {
      const reply = await atQuestion(app.client, 'mood.down', "I'm not great tbh", carerAnswers);
      expect(allText(reply)).to.not.match(/fine to say yes if it has been some of the time/);
    });

    for (const said of ['😢', 'meh']) {
      it(`gives the crisis reply at once for "${said}" to the direct question: no clear no`, async () => {
        const reply = await atQuestion(app.client, 'mood.harmThoughts', said, downThisMonth);

        expect(allText(reply)).to.match(/116 123/);
        expect(lastQuestion(reply)).to.equal('safety.check');
        const record = await onlyRecord(app.running);
        expect(record.answers['mood.harmThoughts']?.status).to.equal('unknown');
        expect(record.flags.find((flag) => flag.kind === 'crisis')).to.include({ via: 'moodQuestion' });
      });
    }
  });
}
