/**
 * `npx tsx scripts/recogniserDump.ts > file`: what the word-run recognisers read, for a check that
 * a change to how they work (not what they read) leaves every reading as it was: diff two dumps,
 * which must be byte-identical. For every text in test/data/*.json, the benchmark's personas and a
 * few requests, whole and clause by clause: `normalise`, `bare`, `questionsBack`, `commandSaid`,
 * `requestSaid` (as said, and by a carer for "mum" or "Jean"), `ofUs`, `alreadySaid`, and which
 * whole-message lists a short text is spelled like.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandSaid, requestSaid } from '../dialogs/recognisers/commandSaid';
import { wholeMessageLists } from '../dialogs/recognisers/phraseLists';
import { createPhrases } from '../dialogs/recognisers/phrases';
import { questionsBack } from '../dialogs/recognisers/questionsBack';
import { bare, normalise } from '../plan/normalise';
import { carerPersona, personPersona } from '../test/support/personas';

const root = join(__dirname, '..');
const texts: string[] = [];
for (const name of readdirSync(join(root, 'test/data')).sort()) {
  if (!name.endsWith('.json')) continue;
  const items = JSON.parse(readFileSync(join(root, 'test/data', name), 'utf8')) as { text: string }[];
  texts.push(...items.map((item) => item.text));
}
for (const persona of [personPersona, carerPersona])
  for (const said of Object.values(persona.answers)) texts.push(...(typeof said === 'string' ? [said] : said));
texts.push(
  'can i go back 3 questions',
  'hi sorry who is this?',
  'sorry, did you get that?',
  'I already told you',
  'delet',
);

const phrases = createPhrases();
const out: string[] = [];
for (const text of texts) {
  const clauses = text
    .split(/[,.;!?\n]+/)
    .map((clause) => clause.trim())
    .filter(Boolean);
  for (const said of [text, ...clauses]) {
    const row = {
      said,
      normalise: normalise(said),
      bare: bare(said),
      questionsBack: questionsBack(said, phrases, 'en-GB'),
      command: commandSaid(said, phrases),
      request: requestSaid(said, phrases),
      carersRequest: requestSaid(said, phrases, ['mum', 'Jean']),
      ofUs: phrases.requests.ofUs(said),
      alreadySaid: phrases.requests.alreadySaid(said),
      spelledLike: said.length < 40 ? wholeMessageLists.filter((list) => phrases.spelledLike(list, said)) : [],
    };
    out.push(JSON.stringify(row));
  }
}
process.stdout.write(`${out.join('\n')}\n`);
