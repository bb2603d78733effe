/**
 * `npx tsx scripts/screenDump.ts > file`: every answer the crisis screen gives, for a check that a
 * change to how it works (not what it reads) leaves them all as they were: diff two dumps, which
 * must be byte-identical. For every text in test/data/*.json, the training corpus and the
 * benchmark's personas, read as said and in each answer context: the screen's full result (tier,
 * kind, layer, evidence), the learned layer's score to the last digit, `allButRuledOut` and
 * `setAsideWhole`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { carerPersona, personPersona } from '../test/support/personas';
import { loadCorpus } from '../safety/corpus/corpus';
import { tokenise } from '../safety/model/features';
import { scoreTokens } from '../safety/model/linearModel';
import { createCrisisScreen, defaultScreenParts } from '../safety/screen';

const root = join(__dirname, '..');
const texts: [string, string][] = [];
for (const name of readdirSync(join(root, 'test/data')).sort()) {
  if (!name.endsWith('.json')) continue;
  const items = JSON.parse(readFileSync(join(root, 'test/data', name), 'utf8')) as { text: string }[];
  items.forEach((item, i) => texts.push([`${name}#${i}`, item.text]));
}
loadCorpus(root).items.forEach((item, i) => texts.push([`corpus#${i}`, item.text]));
for (const persona of [personPersona, carerPersona])
  for (const [key, said] of Object.entries(persona.answers))
    for (const text of typeof said === 'string' ? [said] : said) texts.push([`${persona.name}.${key}`, text]);

const parts = defaultScreenParts();
const screen = createCrisisScreen(parts);
const out: string[] = [];
for (const [where, text] of texts) {
  const risk = scoreTokens(parts.model, tokenise(parts.detector.normalise(text)));
  const row = {
    where,
    risk: risk.risk,
    kind: risk.kind,
    said: screen.screen(text),
    wish: screen.screen(text, 'wish'),
    goalStep: screen.screen(text, 'goalStep'),
    coping: screen.screen(text, 'coping'),
    allButRuledOut: screen.allButRuledOut(text),
    setAsideWhole: screen.setAsideWhole(text),
  };
  out.push(JSON.stringify(row));
}
process.stdout.write(`${out.join('\n')}\n`);
