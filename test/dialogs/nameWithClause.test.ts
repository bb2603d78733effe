/**
 * A name said with more after it, with no comma (explore 22a): "I'm Jean and I have COPD" was met
 * with "Nice to meet you, Jean and I have COPD", and "my name is jean but everyone calls me
 * jeannie" kept whole. The name ends where a clause starts; a condition said in it is offered at
 * the conditions question, as one said with who is answering is; "everyone calls me" names the name.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`A name with a clause after it, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const yes = channelId === 'sms' ? 'YES' : 'yes';

    it('calls her Jean on "I\'m Jean and I have COPD", and offers COPD at the conditions question', async () => {
      await sayAll(fresh.client, ['hi', 'me']);

      const reply = await fresh.client.say("I'm Jean and I have COPD");

      expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Jean');
      expect(allText(reply)).to.not.match(/Jean and I/);
      expect(lastQuestion(reply), allText(reply)).to.equal('conditions');
      expect(allText(reply)).to.include('"I have COPD"');
      expect(allText(reply)).to.include('COPD, asthma or breathing');
      expect((await onlyRecord(fresh.running)).answers.conditions, 'not noted unasked').to.equal(undefined);

      await fresh.client.say(yes);
      expect(await storedValue(fresh.running, 'conditions')).to.deep.equal(['copd']);
    });

    // [said at "What would you like me to call you?", the name kept]
    const cases: Array<[string, string]> = [
      ['my name is jean but everyone calls me jeannie', 'Jeannie'],
      ["I'm Jean but people call me Jeannie", 'Jeannie'],
      ['Jean and I have diabetes', 'Jean'],
      ['Jean I have diabetes', 'Jean'],
      ["I'm Jean but I don't know why I'm doing this", 'Jean'],
    ];
    for (const [said, name] of cases) {
      it(`calls them ${name} on "${said}"`, async () => {
        const reply = await sayAll(fresh.client, ['hi', 'me', said]);

        expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal(name);
        expect(allText(reply)).to.match(new RegExp(`Nice to meet you, ${name}\\.`));
      });
    }

    // A clause naming no condition was dropped without a word (dialogfix23 #5): the name is kept,
    // the clause said back as not noted, with where it can be told.
    for (const [said, clause] of [
      ["I'm Jean and I live alone", 'I live alone'],
      ['Jean, I live alone with my cat', 'I live alone with my cat'],
      ["I'm Jean but I don't know why I'm doing this", "I don't know why I'm doing this"],
    ] as const) {
      it(`calls her Jean on "${said}" and says "${clause}" is not noted with her name`, async () => {
        const reply = await sayAll(fresh.client, ['hi', 'me', said]);

        expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Jean');
        expect(allText(reply)).to.include(`"${clause}"`);
        expect(allText(reply)).to.match(/not noted/);
        expect(allText(reply)).to.match(/what matters/);
        expect(lastQuestion(reply)).to.equal('conditions');
      });
    }

    it('says nothing more for a name with thanks after it', async () => {
      const reply = await sayAll(fresh.client, ['hi', 'me', 'Jean thanks']);
      expect(allText(reply)).to.not.match(/not noted|You also said/);
    });

    // Two names joined: nothing said after the join but a name, so kept whole.
    it('keeps "Jean and John" whole', async () => {
      await sayAll(fresh.client, ['hi', '2', 'Jean and John']);
      expect(await storedValue(fresh.running, 'subject.name')).to.equal('Jean and John');
    });

    it('offers dementia for a yes when a carer says "her name is Jean and she has dementia"', async () => {
      const reply = await sayAll(fresh.client, ['hi', '2', 'her name is Jean and she has dementia', 'Ann', 'daughter']);
      expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Jean');

      const asked = await fresh.client.say(yes);
      expect(lastQuestion(asked), allText(asked)).to.equal('conditions');
      expect(allText(asked)).to.include('"she has dementia"');
      await fresh.client.say(yes);
      expect(await storedValue(fresh.running, 'conditions')).to.deep.equal(['dementia']);
    });
  });
}
