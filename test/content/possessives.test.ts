/**
 * A carer who gave no name for the person they help read "the person you are helping's goals":
 * every template that says whose something is built it from the name, or from the stand-in for
 * it. Each message and each question's carer wording is rendered here as a carer with no name
 * would see it, on every channel family, with the data the conversation gives it.
 */
import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { channelFamilies } from '../../content/channels';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createRenderer } from '../../content/renderer';
import { questionData } from '../../dialogs/sectionPrompt';
import { newRecord, type PreparationRecord } from '../../plan/record';

const catalogue = loadCatalogue();
const renderer = createRenderer(catalogue);
const library = loadPackLibrary();
const at = '2025-03-01T10:00:00.000Z';

/** A carer's record, with the person's name if one was given. */
function carerRecord(name?: string): PreparationRecord {
  const record = newRecord('possessives', new Date(at));
  record.answers['respondent.type'] = { value: 'carer', status: 'answered', by: 'carer', at };
  if (name) record.answers['subject.name'] = { value: name, status: 'answered', by: 'carer', at };
  else record.answers['subject.name'] = { value: null, status: 'skipped', by: 'carer', at };
  return record;
}

/** Every message and every question's carer wording (its ask, SMS form and help), rendered for `family`. */
function everyWording(record: PreparationRecord, family: (typeof channelFamilies)[number]): Array<[string, string]> {
  const data = questionData(record, renderer, family);
  const said: Array<[string, string]> = Object.keys(catalogue).map((key) => [key, renderer.text(key, data, family)]);
  const questions = library.questions([...library.packs.flatMap((pack) => pack.condition ?? []), 'other']);
  for (const question of questions) {
    const sources = [question.ask.carer, question.sms?.carer, question.help.carer];
    for (const source of sources) if (source) said.push([question.linkId, renderer.template(source, data, family)]);
  }
  return said;
}

describe('Whose something is, for a carer who gave no name', () => {
  for (const family of channelFamilies) {
    it(`never reads "the person you are helping's" on ${family}`, () => {
      const stillPossessive = everyWording(carerRecord(), family).filter(([, text]) =>
        /(?:helping|help)'s\b/i.test(text),
      );
      expect(stillPossessive.map(([key, text]) => `${key}: ${text}`)).to.deep.equal([]);
    });

    it(`still says "Ron's" when the person's name was given, on ${family}`, () => {
      const named = everyWording(carerRecord('Ron'), family).map(([, text]) => text);
      expect(named.filter((text) => text.includes("Ron's"))).to.have.length.above(5);
      expect(named.filter((text) => /(?:helping|help)'s\b/i.test(text))).to.deep.equal([]);
    });
  }
});

describe('Whose something is, for a carer who named the person as "my mum"', () => {
  /** Sarah's record for her mum, invited by Dr Patel (so the lead contact has a name of its own). */
  const mumRecord = (): PreparationRecord => {
    const record = carerRecord('my mum');
    record.leadContact = { name: 'Dr Patel', coordinatorId: 'c1', invitationId: 'i1' };
    return record;
  };
  /**
   * Words never rendered with the chat's data: the care team's (with the name they typed) and the
   * plan's lines (where `name` is a result's).
   */
  const notChat = /^(?:teams|reminders|plan\.line)\./;

  for (const family of channelFamilies) {
    it(`says "your mum", never "my mum", and starts a sentence "Your mum's" on ${family}`, () => {
      const said = everyWording(mumRecord(), family).filter(([key]) => !notChat.test(key));
      const sentences = said.filter(([, text]) => /[.?!]$/.test(text));

      expect(said.filter(([, text]) => /\bmy mum\b/i.test(text))).to.deep.equal([]);
      expect(sentences.filter(([, text]) => /(?:^|[.!?]\s+)your mum\b/m.test(text))).to.deep.equal([]);
      expect(said.filter(([, text]) => /\byour mum's\b/.test(text))).to.have.length.above(5);
      expect(said.filter(([, text]) => /\bYour mum's\b/.test(text))).to.have.length.above(2);
    });
  }
});
