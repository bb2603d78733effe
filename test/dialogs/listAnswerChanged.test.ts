/**
 * Dialog 29 (H384): a list answer changed by naming its question with what it is to become
 * ("change my topics to sleep and tiredness") took the person back to the topics, asking them again
 * as if nothing had been said ("OK, let's go back"), where words answers ("change what matters to my
 * grandson") were changed at once. A list's new answer read there is noted, said back from what to
 * what, and the question waiting asked again; words that pick nothing on the list ask it again, as
 * before. Through the real bot at "Have you often felt down?", on web chat and SMS.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const answers = { ...plainPersonAnswers, conditions: 'diabetes', 'whatMatters.most': 'family' };

for (const channelId of ['webchat', 'sms'])
  describe(`Dialog 29: a list answer changed by its name, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    async function atMood(said: string): Promise<Awaited<ReturnType<typeof app.client.say>>> {
      await walkTo((words) => app.client.say(words), 'mood.down', answers);
      expect(await storedValue(app.running, 'topics.selected')).to.deep.equal(['checkUps']);
      return app.client.say(said);
    }

    for (const [said, key, value, shown] of [
      ['change my topics to sleep and tiredness', 'topics.selected', ['sleep', 'tiredness'], 'Sleep'],
      ['can I change my topics to foot care', 'topics.selected', ['footCare'], 'Foot care'],
      [
        'change my answer to topics to 2 and 3',
        'topics.selected',
        ['takingMedication', 'eatingAmount'],
        'Taking medicines',
      ],
      ['change my conditions to diabetes and copd', 'conditions', ['diabetes', 'copd'], 'COPD'],
      ['change what matters to my grandson', 'whatMatters.most', 'my grandson', 'my grandson'],
    ] as const) {
      it(`changes ${key} on "${said}", and asks the question waiting again`, async () => {
        const reply = await atMood(said);

        expect(await storedValue(app.running, key), allText(reply)).to.deep.equal(value);
        expect(reply.questions.at(-1)?.linkId, allText(reply)).to.equal('mood.down');
        expect(allText(reply)).to.include(shown);
        expect(await storedValue(app.running, 'mood.down')).to.equal(undefined);
      });
    }

    for (const said of ['change my topics', 'change my topics to something nicer']) {
      it(`asks the topics again, changing nothing, on "${said}"`, async () => {
        const reply = await atMood(said);

        expect(await storedValue(app.running, 'topics.selected'), allText(reply)).to.deep.equal(['checkUps']);
        expect(reply.questions.at(-1)?.linkId, allText(reply)).to.equal('topics.selected');
      });
    }
  });
