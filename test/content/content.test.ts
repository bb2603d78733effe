import { expect } from 'chai';
import Handlebars from 'handlebars';
import { loadCatalogue } from '../../content/catalogue';
import { channelFamilies, familyLooks } from '../../content/channels';
import { gsm7Length, isGsm7, toGsm7 } from '../../content/gsm7';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createRenderer } from '../../content/renderer';
import { fleschKincaidGrade } from '../support/readability';

const catalogue = loadCatalogue();
const renderer = createRenderer(catalogue);
const library = loadPackLibrary();
const sample = {
  name: 'Jean',
  lead: 'Sam Patel',
  answer: 'walk to the park',
  part: 2,
  partName: 'goals',
  number: 2,
  max: 3,
  numbers: '1, 2 or 3',
};

/**
 * Wording that must stay as validated elsewhere: the Whooley questions are asked as NICE words
 * them, so their reading level is accepted as it is. Everything else must read at age 11 or below.
 */
const validatedWording = new Set(['mood.down', 'mood.interest']);
/** Words only clinical systems show (the FHIR document's type and title), named as the PRSB standard names them. */
const clinicianWording = /^fhir\./;
/**
 * Pieces of results sentences (a target band, a direction, a chart label): scored as the whole
 * sentences they make in test/content/resultCatalogue.test.ts, since a two-word piece has no grade.
 */
const sentencePieces = /^results\.(band|chart|direction|comparator|trend)\./;
/** Reading age 11 is about Flesch–Kincaid grade 6. */
const maxGrade = 6;

describe('Content', () => {
  it('has content for every key the code refers to', () => {
    // Keys built from parts at run time, listed so a missing one fails here and not in a conversation.
    const required = [
      ...['about', 'whatMatters', 'goals', 'topics', 'mood', 'review'].flatMap((s) => [`part.${s}`, `partName.${s}`]),
      ...['text', 'textShort', 'scale', 'yes', 'no', 'choice', 'unknown', 'skipped', 'kept'].map((k) => `ack.${k}`),
      ...['text', 'scale', 'scaleOutOfRange', 'yesno', 'choice', 'multichoice', 'tooMany', 'tooLong', 'date'].map(
        (k) => `retry.${k}`,
      ),
      'error.turn',
      'name.fallback',
      'lead.default',
    ];
    for (const key of required) expect(catalogue, key).to.have.property(key);
  });

  it('renders words with no placeholder exactly as Handlebars would', () => {
    for (const family of channelFamilies) {
      for (const [key, message] of Object.entries(catalogue)) {
        const source =
          (family === 'teams' ? message.teams : family === 'sms' ? message.sms : undefined) ?? message.text;
        if (source.includes('{{')) continue;
        const handlebars = Handlebars.compile(source, { noEscape: true, strict: false })(sample).trim();
        expect(renderer.text(key, sample, family), `${key} on ${family}`).to.equal(
          family === 'sms' ? toGsm7(handlebars) : handlebars,
        );
      }
    }
  });

  for (const family of channelFamilies) {
    it(`renders every message key on ${family}`, () => {
      for (const key of Object.keys(catalogue)) {
        const text = renderer.text(key, sample, family);
        expect(text, key).to.be.a('string').and.not.equal('');
        expect(text, key).to.not.match(/\{\{|\}\}/);
      }
    });

    it(`renders every question of every pack on ${family} with its metadata${family === 'sms' ? ', in GSM-7 texts of at most 320 characters' : ''}`, () => {
      const questions = library.questions([...library.packs.flatMap((pack) => pack.condition ?? []), 'other']);
      for (const question of questions) {
        for (const carer of [false, true]) {
          const activities = renderer.question(
            { linkId: question.linkId, question, carer, data: sample },
            family === 'teams' ? 'msteams' : family,
          );
          const last = activities[activities.length - 1];
          expect(last.channelData, question.linkId).to.deep.include({ careprep: last.channelData.careprep });
          expect(last.channelData.careprep.linkId).to.equal(question.linkId);
          expect(last.channelData.careprep.type).to.equal(question.type);
          expect(last.text, question.linkId).to.not.match(/\{\{|\}\}/);
          for (const text of family === 'sms' ? activities.map((activity) => activity.text ?? '') : []) {
            expect(isGsm7(text), question.linkId).to.equal(true);
            expect(gsm7Length(text), question.linkId).to.be.at.most(320);
          }
        }
      }
    });
  }

  it("renders each family as its look says: plain numbered text or markdown with buttons, GSM-7, the family's own wording", () => {
    const questions = library.questions(['diabetes']);
    const choice = questions.find((q) => q.type === 'choice');
    const worded = questions.find((q) => q.sms !== undefined);
    if (!choice || !worded) throw new Error('the core pack has a choice question and one with SMS wording');
    const channelOf = { webchat: 'webchat', teams: 'msteams', sms: 'sms' } as const;
    for (const family of channelFamilies) {
      const look = familyLooks[family];
      const [activity] = renderer.question(
        { linkId: choice.linkId, question: choice, carer: false, data: sample },
        channelOf[family],
      );
      expect(activity.textFormat, family).to.equal(look.plain ? 'plain' : 'markdown');
      expect(activity.suggestedActions === undefined, family).to.equal(look.plain);
      expect(activity.text?.includes('\n1 '), family).to.equal(look.plain);
      if (look.gsm7) expect(isGsm7(activity.text ?? ''), family).to.equal(true);
      const own = look.wording === 'sms' ? worded.sms : undefined;
      expect(
        renderer.questionText({ linkId: worded.linkId, question: worded, carer: false, data: sample }, family),
        family,
      ).to.equal(renderer.template((own ?? worded.ask).person, sample, family));
    }
  });

  it('keeps every SMS message in GSM-7 and within 320 characters', () => {
    for (const key of Object.keys(catalogue)) {
      const text = renderer.text(key, sample, 'sms');
      expect(isGsm7(text), key).to.equal(true);
      expect(gsm7Length(text), key).to.be.at.most(320);
    }
  });

  it('writes every string at reading age 11 or below', () => {
    const strings: Array<[string, string]> = [];
    for (const [key, message] of Object.entries(catalogue)) {
      if (clinicianWording.test(key) || sentencePieces.test(key)) continue;
      for (const text of [message.text, message.sms, message.teams]) if (text) strings.push([key, text]);
    }
    for (const pack of library.packs) {
      for (const q of pack.questions) {
        if (validatedWording.has(q.linkId)) continue;
        for (const text of [q.ask.person, q.ask.carer, q.help.person, q.help.carer, q.sms?.person, q.sms?.carer]) {
          if (text) strings.push([q.linkId, text]);
        }
      }
    }
    const tooHard = strings
      .map(([key, text]) => ({ key, text, grade: fleschKincaidGrade(text) }))
      .filter((s) => s.grade > maxGrade);
    const average = strings.reduce((sum, [, text]) => sum + fleschKincaidGrade(text), 0) / strings.length;
    console.log(
      `      readability: ${strings.length} strings, mean grade ${average.toFixed(1)}, ${tooHard.length} above grade ${maxGrade}`,
    );
    expect(tooHard.map((s) => `${s.key} (${s.grade.toFixed(1)}): ${s.text}`)).to.deep.equal([]);
  });

  it('scores hard text above the limit, so the readability check can fail', () => {
    expect(
      fleschKincaidGrade(
        'Notwithstanding considerable physiological deterioration, comprehensive multidisciplinary reassessment is indicated.',
      ),
    ).to.be.above(maxGrade);
  });
});
