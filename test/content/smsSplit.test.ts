import { expect } from 'chai';
import { gsm7Length } from '../../content/gsm7';
import { splitSms } from '../../content/smsSplit';

describe('Splitting long SMS replies', () => {
  it('leaves a text that fits as it is', () => {
    expect(splitSms('Reply YES or NO.')).to.deep.equal(['Reply YES or NO.']);
  });

  it('splits between lines first, every part within 320 characters', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `${i + 1} Topic number ${i + 1}`);
    const parts = splitSms(lines.join('\n'));
    expect(parts.length).to.be.greaterThan(1);
    for (const part of parts) expect(gsm7Length(part)).to.be.at.most(320);
    expect(parts.join('\n')).to.equal(lines.join('\n'));
  });

  it('splits one long line between sentences', () => {
    const sentence = 'This is a plain sentence that goes on for a while. ';
    const parts = splitSms(sentence.repeat(10).trim());
    for (const part of parts) {
      expect(gsm7Length(part)).to.be.at.most(320);
      expect(part.endsWith('.')).to.equal(true);
    }
  });

  it('never splits inside a phone number', () => {
    const text = `${'word '.repeat(62)}Samaritans 116 123 free`;
    for (const part of splitSms(text)) expect(part).to.not.match(/^123|116$/);
    expect(splitSms(text).some((part) => part.includes('116 123'))).to.equal(true);
  });

  it('cuts a word longer than a text rather than losing it', () => {
    const parts = splitSms('x'.repeat(700));
    expect(parts.join('')).to.equal('x'.repeat(700));
    for (const part of parts) expect(part.length).to.be.at.most(320);
  });
});
