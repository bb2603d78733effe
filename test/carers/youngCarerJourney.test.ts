/**
 * H523: a young carer who said they are under 18 ("im 14 and i look after my mum") still met
 * adult words on the rest of the carer journey ("ask your council for a carer's assessment") and
 * prompts above a reading age of 9 to 11. Zoe, 14, goes the whole way through the real bot over
 * HTTP on Web Chat and on SMS, asking for help at each question; every reply she is given is read:
 * no adult-only offer, and each reads at Flesch-Kincaid grade 6 or under (a reading age of about
 * 11). H524: she is told, and the flag raised, on the turn she says her age, not the next.
 */
import { expect } from 'chai';
import type { PostResult } from '../support/botClient';
import { youngCarerJourney } from '../support/carerJourneys';
import { onlyRecord } from '../support/onlyRecord';
import { fleschKincaidGrade } from '../support/readability';
import { chatClient, startApp } from '../support/startApp';

/** Offers meant for adults: a young carer's needs are met another way (H523). */
const adultOnly = /\b(council|carer's assessment|carers assessment)\b/i;
/** A reading age of about 9 to 11. */
const highestGrade = 6;

/**
 * The words of a reply read as a young carer reads them: each line of a list is a sentence of its
 * own. The plan shown back before sharing (its lines "- Most: home", its headings "About me:") is
 * their answers and the notes for the lead contact, not words put to them, and is not graded. A
 * web address is read as the one word "link".
 */
function promptWords(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, 'link')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('-') && !line.endsWith(':') && !/^\*\*.*\*\*$/.test(line))
    .filter((line) => !/^(Importance|Confidence|What (I will do|might stop me|would help)):/.test(line))
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
    .join(' ');
}

/** Every text of a reply set: the messages, any card's words, and its buttons' labels. */
function replyTexts(result: PostResult): { text: string; label: boolean }[] {
  const fields = result.replies.flatMap(
    (reply) =>
      JSON.stringify([reply.attachments ?? [], reply.suggestedActions ?? {}]).match(/"(text|title)":"[^"]*"/g) ?? [],
  );
  const inner = (field: string): { text: string; label: boolean } => ({
    text: field.replace(/^"(text|title)":"/, '').slice(0, -1),
    label: field.startsWith('"title"'),
  });
  return [...result.replies.map((reply) => ({ text: reply.text ?? '', label: false })), ...fields.map(inner)].filter(
    (seen) => seen.text.trim() !== '',
  );
}

/** A text Zoe was given, at the question it came at; a button's label (a word or two) is not graded. */
interface Seen {
  at: string;
  text: string;
  label: boolean;
}

/** Zoe's walk on `channelId`: every reply text she is given, by the question it came at. */
async function walk(channelId: string): Promise<{ seen: Seen[]; asked: string[] }> {
  const running = await startApp();
  try {
    const client = chatClient(running, { channelId, over: 'http' });
    const seen: Seen[] = [];
    const asked: string[] = [];
    const keep = (at: string, result: PostResult): void =>
      void seen.push(...replyTexts(result).map((reply) => ({ at, ...reply })));
    let result = await client.say(youngCarerJourney.opening);
    keep('opening', result);
    for (let turn = 0; turn < 90; turn++) {
      const linkId = result.questions.at(-1)?.linkId;
      if (!linkId) break;
      if (!asked.includes(linkId)) {
        asked.push(linkId);
        keep(`${linkId} help`, await client.say('help'));
      }
      result = await client.say(youngCarerJourney.answers[linkId] ?? 'no');
      keep(linkId, result);
    }
    return { seen, asked };
  } finally {
    await running.stop();
  }
}

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A young carer's whole journey, on ${channelId} (H523)`, function () {
    this.timeout(180_000);
    let walked: { seen: Seen[]; asked: string[] };
    before(async () => {
      walked = await walk(channelId);
    });

    it('goes the whole way, her own part included', () => {
      for (const linkId of youngCarerJourney.expected) expect(walked.asked, linkId).to.include(linkId);
    });

    it('offers nothing meant only for adults', () => {
      const adult = walked.seen.filter((reply) => adultOnly.test(reply.text));
      expect(adult.map((reply) => `${reply.at}: ${reply.text}`)).to.deep.equal([]);
      // Offered what is for her instead, and her pick is what the plan says would help.
      const help = walked.seen.filter((reply) => reply.at.startsWith('carer.help')).map((reply) => reply.text);
      expect(help.join('\n'))
        .to.match(/A young carers group/)
        .and.match(/Help at school/);
      expect(walked.seen.map((reply) => reply.text).join('\n')).to.match(/help the carer: A young carers group/);
    });

    it(`gives every reply at a reading grade of ${highestGrade} or under`, () => {
      const hard = walked.seen
        .filter((reply) => !reply.label)
        .map((reply) => ({ ...reply, grade: fleschKincaidGrade(promptWords(reply.text)) }))
        .filter((reply) => reply.grade > highestGrade);
      expect(hard.map((reply) => `${reply.at} (${reply.grade.toFixed(1)}): ${reply.text}`)).to.deep.equal([]);
    });
  });
}

describe('A young carer told on the turn she says her age (H524)', function () {
  this.timeout(60_000);

  for (const channelId of ['webchat', 'sms'] as const)
    it(`is told and flagged at once, on ${channelId}`, async () => {
      const running = await startApp();
      try {
        const client = chatClient(running, { channelId, over: 'http' });
        await client.say('hi');
        const result = await client.say('im 14 and i look after my mum');
        expect(
          replyTexts(result)
            .map((reply) => reply.text)
            .join('\n'),
        ).to.match(/You told me you are under 18/);
        const record = await onlyRecord(running);
        expect(record.flags.map((flag) => flag.kind)).to.include('youngCarer');
      } finally {
        await running.stop();
      }
    });
});
