/**
 * Safety 31 in the conversation, at "What is hard?" (H473–H477): a fear of dying with a body in
 * danger gets "Call 999 now", not the suicide lines; a new deficit after a stroke already seen gets
 * "Call 999 now"; sleeping tablets hidden in someone's food get the harm-to-others reply; a punch
 * threatened and taken back as a joke is asked about, not answered with crisis lines; and "nahi"
 * (no, in Punjabi or Hindi) to a check-in carries on as "no" does.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { itGivesCrisisReplyOf, type ReplyKind } from '../support/crisisReplies';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const disclosures: readonly [string, ReplyKind][] = [
  ['my chest hurts, am I going to die?', 'medical'],
  ["I'm shaking and sweating, am I going to die?", 'medical'],
  ["he had a stroke last month, now he can't speak since this morning", 'medical'],
  ["discharged after my stroke last week, my arm is still weak and now I can't speak", 'medical'],
  ["I've mixed his sleeping tablets in his food", 'harmOthers'],
  ["I crushed her sleeping pills into her drink so she'd sleep", 'harmOthers'],
  ['my chest hurts, I want to die', 'mentalHealth'],
];

/** Lines only a crisis reply holds ("call 999 in an emergency" closes other answers too). */
const crisisLines = /Call 999 now|116 123|SHOUT|safeguarding/i;

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Safety 31's wordings at "What is hard?", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const at = (text: string) => atQuestion(fresh.client, 'whatMatters.hard', text);

    itGivesCrisisReplyOf(at, disclosures);

    for (const text of ["I'm scared, am I going to die?", "he had a stroke last month, he still can't speak"])
      it(`gives no crisis lines and no safety question for "${text}"`, async () => {
        const reply = await at(text);
        expect(lastQuestion(reply)).to.not.be.oneOf(['safety.check', 'safety.checkIn']);
        expect(allText(reply)).to.not.match(crisisLines);
      });

    it('asks about a punch threatened and taken back as a joke, with no crisis lines', async () => {
      const reply = await at("I'm gonna put my fist through his face, only joking, he's my brother");
      expect(lastQuestion(reply), allText(reply)).to.equal('safety.checkIn');
      expect(allText(reply))
        .to.match(/in danger of being hurt/)
        .and.not.match(crisisLines);
    });

    describe('an answer to the check-in in Punjabi or Hindi', () => {
      const checkIn = async () => {
        const reply = await at('i hate myself');
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.checkIn');
      };
      const crisisFlags = async () => (await onlyRecord(fresh.running)).flags.filter((f) => f.kind === 'crisis');

      for (const no of ['no', 'nahi', 'Nahin', 'nahi ji', 'ji nahi', 'bilkul nahi'])
        it(`carries on after "${no}", as after "no": no crisis lines, no flag`, async () => {
          await checkIn();
          const after = await fresh.client.say(no);
          expect(lastQuestion(after), allText(after)).to.not.be.oneOf(['safety.check', 'safety.checkIn']);
          expect(allText(after)).to.not.match(crisisLines);
          expect(await crisisFlags()).to.deep.equal([]);
        });

      for (const notNo of ['haan ji', 'nahi pata', 'ji'])
        it(`gives the crisis reply after "${notNo}" (a yes, not knowing, or neither)`, async () => {
          await checkIn();
          const after = await fresh.client.say(notNo);
          expect(allText(after)).to.match(/116 123/);
          expect(await crisisFlags()).to.have.length(1);
        });
    });
  });
}
