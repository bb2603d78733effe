/**
 * Every prompt a carer is given, listed and read (H443, under H6): four carers go the whole way
 * through the real bot over HTTP, on Web Chat and on SMS, asking for help at each question and for
 * ideas at the first goal. A question about the person names them ("Jean", "she", "they"), never
 * speaks to the carer as the patient ("How sure are you", "your conditions"), and its options and
 * ideas say no "I", "me", "my" or "your" that would be the carer's. The carer's own questions speak
 * to them. A list of every question asked proves the walk reached each one.
 */
import { expect } from 'chai';
import { allText, type PostResult, type QuestionMeta } from '../support/botClient';
import { carerJourneys, type CarerJourney } from '../support/carerJourneys';
import { chatClient, startApp } from '../support/startApp';

/** A prompt as the carer was given it: the question's own words, its help, its options. */
interface Prompt {
  linkId: string;
  words: string;
  help: string;
  options: string[];
}

/** The carer's own questions, about them: they may speak to "you" freely. */
const carersOwn = /^(respondent\.(name|relationship|personAgrees)|carer\.)/;
/** Questions of the journey itself, naming no one: who answers, what to change or send, a smaller step. */
const neutral = /^(respondent\.type|subject\.name|review\.change|share\.send|goal\.\d\.moreLikely)$/;
/** Words that ask the carer about themselves as if they were the patient. */
const asPatient =
  /\b(are you|have you|do you feel|how sure are you|will you do|stop you|your (health|conditions?|mood|goals?|tablets|medicines|appointment|results?|care team|feet|hands))\b/i;
/** Words in an option or an idea that would be the carer's. */
const firstOrSecond = /\b(i|me|my|your)\b/i;

/**
 * The question's own words: the last line asking something, of the replies' texts or a card's,
 * that is no option or how to reply (a long list on SMS comes in more than one text).
 */
function questionWords(result: PostResult): string {
  const cards = result.replies.flatMap(
    (reply) => JSON.stringify(reply.attachments ?? []).match(/"text":"[^"]*"/g) ?? [],
  );
  const lines = [...result.replies.map((reply) => reply.text ?? ''), ...cards.map((text) => text.slice(8, -1))]
    .join('\n')
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^(\d+ |Reply )/.test(line));
  return lines.filter((line) => line.includes('?')).at(-1) ?? lines.at(-1) ?? '';
}

/** Walks `journey` through on `channelId`: every prompt, with its help, and the ideas for a first goal. */
async function prompts(journey: CarerJourney, channelId: string): Promise<{ asked: Prompt[]; ideas: string }> {
  const running = await startApp();
  try {
    const client = chatClient(running, { channelId, over: 'http' });
    const asked: Prompt[] = [];
    let ideas = '';
    let result = await client.say(journey.opening);
    for (let turn = 0; turn < 90; turn++) {
      const question: QuestionMeta | undefined = result.questions.at(-1);
      if (!question) break;
      const help = allText(await client.say('help'));
      const options = ((question.options ?? []) as { label?: string }[]).map((option) => option.label ?? '');
      // Asked again after the ideas for a goal: listed once, in its own words.
      if (!asked.some((prompt) => prompt.linkId === question.linkId))
        asked.push({ linkId: question.linkId, words: questionWords(result), help, options });
      if (question.linkId === 'goal.1.text' && ideas === '') {
        result = await client.say('not sure');
        ideas = allText(result);
        continue;
      }
      result = await client.say(journey.answers[question.linkId] ?? 'no');
    }
    return { asked, ideas };
  } finally {
    await running.stop();
  }
}

for (const channelId of ['webchat', 'sms'] as const) {
  for (const journey of carerJourneys) {
    describe(`Every prompt to ${journey.carer}, on ${channelId} (H443)`, function () {
      this.timeout(120_000);
      let walked: { asked: Prompt[]; ideas: string };
      before(async () => {
        walked = await prompts(journey, channelId);
      });

      it("asks every question of the journey, the carer's own part and sharing included", () => {
        const linkIds = new Set(walked.asked.map((prompt) => prompt.linkId));
        for (const linkId of journey.expected) expect([...linkIds], linkId).to.include(linkId);
      });

      it(`words each question about the person about ${journey.person}, never the carer as the patient`, () => {
        const about = walked.asked.filter((prompt) => !carersOwn.test(prompt.linkId));
        const names = new RegExp(`\\b(${journey.person}|${journey.person}'s|they|them|their|he|she|his|her)\\b`);
        for (const prompt of about) {
          expect(prompt.words, prompt.linkId).to.not.match(asPatient);
          expect(prompt.help, `${prompt.linkId} help`).to.not.match(asPatient);
          if (!neutral.test(prompt.linkId)) expect(prompt.words, prompt.linkId).to.match(names);
        }
      });

      it('offers options and ideas with no "I", "me", "my" or "your" that would be the carer\'s', () => {
        // What to change or send names the plan's parts, headed in the person's voice ("About me").
        const about = walked.asked.filter((prompt) => !carersOwn.test(prompt.linkId) && !neutral.test(prompt.linkId));
        for (const prompt of about)
          for (const label of prompt.options) expect(label, prompt.linkId).to.not.match(firstOrSecond);
        const examples = walked.ideas.replace(/write your own/, '');
        expect(examples).to.match(/ideas/);
        expect(examples).to.not.match(firstOrSecond);
      });

      it("speaks to the carer in the carer's own questions", () => {
        const own = walked.asked.filter((prompt) => /^carer\.(coping|help)$/.test(prompt.linkId));
        expect(own).to.have.length(2);
        for (const prompt of own) expect(prompt.words).to.match(/\byou\b/);
      });
    });
  }
}
