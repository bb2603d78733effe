/**
 * `npm run safety:train`: rebuilds `safety/data/crisis-model.json` from the corpus with the fixed
 * seed and settings of `safety/model/build.ts`, and prints what cross-validation chose.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import patternsFile from '../safety/data/crisis-patterns.json';
import { buildModelFile } from '../safety/model/build';
import { crisisPatternsSchema } from '../safety/patterns/patternDetector';

const root = join(__dirname, '..');
const started = Date.now();
const file = buildModelFile(root, crisisPatternsSchema.parse(patternsFile));
writeFileSync(join(root, 'safety', 'data', 'crisis-model.json'), `${JSON.stringify(file)}\n`);
console.log(`corpus ${file.corpus.count} texts ${JSON.stringify(file.corpus.byLabel)}, hash ${file.corpus.hash}`);
console.log(`cut-offs ${JSON.stringify(file.thresholds)} for allowances ${JSON.stringify(file.allowances)}`);
for (const [name, figure] of Object.entries(file.crossValidation)) console.log(`  ${name}: ${figure}`);
console.log(`weights ${file.weights.sha256}, built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
