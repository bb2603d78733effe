import { expect } from 'chai';
import Handlebars from 'handlebars';
import { loadCatalogue } from '../../content/catalogue';
import { placeholdersOnly } from '../../content/placeholderTemplates';

/** Every name a template's `{{...}}` could read, for data that gives each of them a value. */
function namesIn(source: string): string[] {
  return [...new Set([...source.matchAll(/\{\{[^a-zA-Z]*([a-zA-Z_][\w]*)/g)].map((match) => match[1]))];
}

/** Data of each kind a template is given: words, typed words with markup, numbers, yes/no, nothing. */
function dataFor(names: readonly string[]): Record<string, string | number | boolean | undefined>[] {
  const values = ['Sam', '<b>*Sam*</b> & "co" {{x}}', '', 0, 2.5, true, false, undefined];
  return values.map((value) => Object.fromEntries(names.map((name) => [name, value])));
}

/** Words for a catalogue's templates rendered by Handlebars and by the placeholder fast path alike. */
function sameAsHandlebars(handlebars: typeof Handlebars, source: string): void {
  const fast = placeholdersOnly(handlebars, source);
  if (!fast) return;
  const slow = handlebars.compile(source, { noEscape: true, strict: false });
  for (const data of [...dataFor(namesIn(source)), {}])
    expect(fast(data), `${source} with ${JSON.stringify(data)}`).to.equal(slow(data));
}

describe('Templates with placeholders alone are filled in without Handlebars, with the same words', () => {
  const handlebars = Handlebars.create();

  it('takes words with placeholders alone, and leaves any block, partial, helper, comment or path to Handlebars', () => {
    for (const source of ['Hello {{name}}.', '{{name}}', 'a {{ name }} b {{other}}', '{{~name~}} x', 'x {{~ name}}'])
      expect(placeholdersOnly(handlebars, source), source).to.be.a('function');
    for (const source of [
      '{{#if name}}a{{/if}}',
      '{{> whose}}',
      '{{lookup a b}}',
      '{{if}}',
      '{{log}}',
      '{{! a comment }}',
      '{{this.name}}',
      '{{name.first}}',
      '{{../name}}',
      '{{@root}}',
      '{{{name}}}',
      '{{&name}}',
      '{{this}}',
      '{{name key=1}}',
    ])
      expect(placeholdersOnly(handlebars, source), source).to.equal(undefined);
  });

  it('gives what Handlebars gives for every catalogue message it takes, whatever the data', () => {
    const catalogue = loadCatalogue();
    let taken = 0;
    for (const message of Object.values(catalogue))
      for (const source of [message.text, message.sms, message.teams]) {
        if (source === undefined || !source.includes('{{')) continue;
        if (placeholdersOnly(handlebars, source)) taken += 1;
        sameAsHandlebars(handlebars, source);
      }
    expect(taken, 'catalogue messages with placeholders alone').to.be.greaterThan(50);
  });

  it('gives what Handlebars gives for awkward placeholders and data', () => {
    for (const source of [
      'Hello {{name}}.',
      '  {{~name~}}  \n next',
      'a\n{{name}}\nb',
      '{{toString}} {{constructor}} {{hasOwnProperty}} {{__proto__}}',
      '{{valueOf}}{{name}}{{name}}',
      '\\{{name}} is written as it is',
      '{{[two words]}} and {{name}}',
      '{{name}}{{name}} side by side, then {{name}}',
    ])
      sameAsHandlebars(handlebars, source);
  });
});
