import { expect } from 'chai';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { allText, lastQuestion, sayAll, type PostResult } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { oneGoal, personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

interface CardElement {
  type: string;
  id?: string;
  isVisible?: boolean;
  value?: string;
  choices?: { title: string; value: string }[];
  items?: CardElement[];
  actions?: { type: string; title: string; associatedInputs?: string; targetElements?: unknown[] }[];
}

interface Card {
  body: CardElement[];
  actions: { type: string; title: string; associatedInputs?: string; data?: Record<string, unknown> }[];
}

function cardOf(result: PostResult): Card {
  const attachments = result.replies.at(-1)?.attachments as { content: Card }[] | undefined;
  if (!attachments?.[0]) throw new Error('no card');
  return attachments[0].content;
}

/** The option ids of a choice set in the card, wherever it sits. */
function choiceIds(card: Card, id: string): string[] {
  const all = [...card.body, ...card.body.flatMap((element) => element.items ?? [])];
  return (all.find((element) => element.id === id)?.choices ?? []).map((choice) => choice.value);
}

/** To "what would you like to talk about?" with diabetes and COPD: the longest list there is. */
const toTopics = [...personToFirstGoal('diabetes and copd'), ...oneGoal];

for (const channelId of ['webchat', 'msteams']) {
  describe(`Pick lists on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('shows each option once: on the card, not again as a numbered list in the text', async () => {
      const asked = await sayAll(fresh.client, ['hi', 'me', 'Jean']);

      expect(lastQuestion(asked)).to.equal('conditions');
      expect(choiceIds(cardOf(asked), 'answer')).to.include.members(['diabetes', 'copd', 'other']);
      expect(allText(asked)).to.not.match(/^\s*\d+\.\s/m);
      expect(allText(asked)).to.not.match(/Type the numbers/);
    });

    it("shortens a long list: topics of each of the person's own conditions first, the rest behind 'show more'", async () => {
      const asked = await sayAll(fresh.client, toTopics);
      const card = cardOf(asked);
      const library = loadPackLibrary();
      const all = library.topics(['diabetes', 'copd']).map((topic) => topic.id);
      const shown = choiceIds(card, 'answer');
      const more = choiceIds(card, 'answerMore');

      expect(lastQuestion(asked)).to.equal('topics.selected');
      expect(all.length).to.be.above(20);
      expect(shown).to.have.length(8);
      expect(shown).to.include.members([
        library.ownTopics(['diabetes'], 1)[0].id,
        library.ownTopics(['copd'], 1)[0].id,
      ]);
      expect(shown).to.deep.equal(all.filter((id) => shown.includes(id)));
      expect([...shown, ...more].sort()).to.deep.equal([...all].sort());
      const container = card.body.find((element) => element.id === 'more');
      expect(container?.isVisible).to.equal(false);
      const toggle = card.body.find((element) => element.type === 'ActionSet')?.actions?.[0];
      expect(toggle).to.deep.include({ type: 'Action.ToggleVisibility', title: `Show ${more.length} more` });
    });

    it('reads picks from both parts of a shortened list as one answer', async () => {
      const asked = await sayAll(fresh.client, toTopics);
      const [first] = choiceIds(cardOf(asked), 'answer');
      const [later] = choiceIds(cardOf(asked), 'answerMore');

      const result = await fresh.client.post({
        value: { linkId: 'topics.selected', answer: first, answerMore: later },
      });

      expect(lastQuestion(result)).to.equal('topics.own');
      expect((await onlyRecord(fresh.running)).answers['topics.selected']?.value).to.deep.equal([first, later]);
    });

    it('shows a short list whole, with no "show more"', async () => {
      // A condition with no pack of its own: the general topics only.
      const asked = await sayAll(fresh.client, [...personToFirstGoal('lupus'), ...oneGoal]);
      const card = cardOf(asked);

      expect(lastQuestion(asked)).to.equal('topics.selected');
      expect(card.body.map((element) => element.type)).to.deep.equal(['Input.ChoiceSet']);
    });

    it('sends no ticks with "None of these", whatever is ticked when it is pressed', async () => {
      const asked = await sayAll(fresh.client, toTopics);
      const none = cardOf(asked).actions.find((action) => action.title === 'None of these');

      expect(none?.associatedInputs).to.equal('none');
      expect(none?.data).to.deep.equal({ linkId: 'topics.selected', answer: 'None of these' });
    });

    it('ticks the picks made before when the list is gone over again, and shows them first', async () => {
      await sayAll(fresh.client, toTopics);
      const library = loadPackLibrary();
      const hidden = library.topics(['diabetes', 'copd']).at(-1)!;
      await fresh.client.post({ value: { linkId: 'topics.selected', answerMore: hidden.id } });

      const again = await fresh.client.say('back');
      const card = cardOf(again);

      expect(lastQuestion(again)).to.equal('topics.selected');
      expect(choiceIds(card, 'answer')).to.include(hidden.id);
      expect(card.body[0].value).to.equal(hidden.id);
    });
  });
}

describe('Pick lists on SMS', () => {
  const fresh = freshAppPerTest('sms');

  it('still numbers every option in the text, as SMS has no card', async () => {
    const asked = await sayAll(fresh.client, ['hi', 'me', 'Jean']);

    expect(asked.replies.every((reply) => reply.attachments === undefined)).to.equal(true);
    expect(allText(asked)).to.match(/^1 Diabetes$/m);
    expect(allText(asked)).to.match(/Reply with numbers/);
  });
});

describe('A card with nothing ticked', () => {
  const fresh = freshAppPerTest('webchat');

  it('answers "none of these" where none is allowed, rather than "I didn\'t get an answer"', async () => {
    await sayAll(fresh.client, toTopics);

    const result = await fresh.client.post({ value: { linkId: 'topics.selected' } });

    expect(lastQuestion(result)).to.equal('topics.own');
    expect(allText(result)).to.include("Thanks, I've noted: none of these.");
  });
});
