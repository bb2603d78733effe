/**
 * Review 29 of hardening 29 (H370): a Web Chat paste too long to read is screened in overlapping
 * windows, and the FIRST window the screen finds anything in goes to the safety guards. A paste with
 * a lesser worry early (thoughts of not wanting to be here: the direct question) and an overdose told later got the
 * direct question, never the 999 reply the overdose needs. Through the real Direct Line over HTTP.
 */
import { expect } from 'chai';
import { chatAtFirstQuestion, paste, untilQuiet } from '../support/longPaste';

const lesser = ' I have been having thoughts of not wanting to be here. ';
const overdose = ' I have taken 40 paracetamol an hour ago. ';

describe('Review 29: a graver disclosure later in a long paste', function () {
  this.timeout(120_000);
  const chat = chatAtFirstQuestion();

  it('gives the 999 reply to an overdose told after a lesser worry', async () => {
    const text = `${paste(3_000)}${lesser}${paste(30_000)}${overdose}${paste(5_000)}`;
    const posted = await chat.line.say(text);
    const told = await untilQuiet(chat.line);

    expect(posted.status).to.equal(200);
    expect(told).to.match(/This could be an emergency/);
  });

  it('gives the 999 reply to the overdose alone in a long paste (the control)', async () => {
    const posted = await chat.line.say(`${paste(33_000)}${overdose}${paste(5_000)}`);
    const told = await untilQuiet(chat.line);

    expect(posted.status).to.equal(200);
    expect(told).to.match(/This could be an emergency/);
  });
});
