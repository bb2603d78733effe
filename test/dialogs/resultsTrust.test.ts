/**
 * Results before the visit, as a person or a carer meets them: each result says when it was
 * measured, an old one is not called "now", and what people say at a result ("what does that
 * mean?", "should I be worried?", "skip the rest") is answered for what it is, never noted as a
 * question for the team unless the person says so. Choosing not to see them: resultsDeclined.test.ts.
 */
import { expect } from 'chai';
import { gsm7Length, isGsm7 } from '../../content/gsm7';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import {
  bloodPressure,
  daysAgo,
  hba1c,
  invite,
  postObservations,
  quantityObservation,
  transaction,
} from '../support/results';
import { answerWords, atResult, onEach, savedClaim, type ChannelId } from '../support/resultsChat';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { chatClient } from '../support/startApp';
const channels: readonly ChannelId[] = ['webchat', 'msteams', 'sms'];

/** "Nov 2026" or "November 2026": the month's first three letters and the year, as any date wording holds. */
function monthAndYear(iso: string): RegExp {
  const parts = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' })
    .formatToParts(new Date(iso))
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return new RegExp(`${parts.month.slice(0, 3)}\\w* ${parts.year}`);
}

describe('Results before the visit: what a person is told and what is kept', () => {
  it('says on every channel when a result was measured, briefly on SMS', async () => {
    await onEach(channels, async (running, channelId) => {
      const at = daysAgo(10);
      const { asked } = await atResult(running, channelId, { results: transaction([hba1c(75, at)]) });

      expect(allText(asked), channelId).to.include('HbA1c');
      expect(allText(asked), `${channelId}: the date of the test`).to.match(monthAndYear(at));
    });
  });

  it('sends every kind of result by SMS, dated and in plainer words when asked, in plain GSM-7 texts of at most 320 characters', async () => {
    await onEach(['sms'], async (running, channelId) => {
      const at = daysAgo(10);
      const everything = transaction([
        hba1c(75, at),
        bloodPressure(150, 95, at),
        quantityObservation({ code: '14647-2' }, 6.1, 'mmol/L', at),
        quantityObservation({ code: '62238-1' }, 48, 'mL/min/{1.73_m2}', at),
        quantityObservation({ code: '9318-7' }, 35, 'mg/mmol', at),
        quantityObservation({ code: '29463-7' }, 92.3, 'kg', at),
        quantityObservation({ code: '39156-5' }, 31.2, 'kg/m2', at),
        quantityObservation({ code: '20152-5' }, 45, '%', at),
        quantityObservation({ code: '59408-5' }, 91, '%', at),
        quantityObservation({ code: '89250-2' }, 28, '{score}', at),
      ]);
      const { id, code } = await invite(running, { conditions: ['diabetes', 'copd'] });
      expect((await postObservations(running, id, everything)).status).to.equal(201);
      const client = chatClient(running, { channelId });
      const asked = await walkTo((text) => client.say(text), 'result.hba1c.thoughts', plainPersonAnswers, code);
      const texts = [...asked.replies];
      let reply = asked;
      let results = 0;
      for (let i = 0; i < 12 && lastQuestion(reply)?.startsWith('result.'); i++) {
        expect(allText(reply), lastQuestion(reply)).to.match(monthAndYear(at));
        results += 1;
        // Each result's plainer words and the offer to note what it means, then on to the next.
        texts.push(...(await client.say('what does that mean?')).replies);
        reply = await client.say('skip');
        texts.push(...reply.replies);
      }

      expect(results, 'results gone through').to.be.greaterThan(5);
      expect(lastQuestion(reply), 'past the results').to.not.match(/^result\./);
      for (const sent of texts.map((r) => r.text ?? '')) {
        expect(isGsm7(sent), sent).to.equal(true);
        expect(gsm7Length(sent), sent).to.be.at.most(320);
      }
    });
  });

  // Explore 19b: the intro said "Dr Sam Patel sent Jean's latest test results" under a heading
  // that said "your test results" to Ann, whose results they are not.
  it('heads the results part with the person\'s name for a carer, not "your test results", and recaps it so', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client, asked } = await atResult(running, channelId, { carer: true });
      expect(allText(asked), channelId).to.not.match(/your test results/i);
      expect(allText(asked), channelId).to.match(/Jean's test results/);
      const where = await client.say('where was I?');
      expect(allText(where), channelId).to.match(/part 2 of 6: Jean's test results/);
    });
  });

  it('still heads the results part "your test results" for a person answering for themselves', async () => {
    await onEach(['webchat'], async (running, channelId) => {
      const { asked } = await atResult(running, channelId);
      expect(allText(asked), channelId).to.match(/Your test results/);
    });
  });

  it('does not call a result from more than a year ago "now", and says it is over a year old', async () => {
    await onEach(channels, async (running, channelId) => {
      const at = daysAgo(430);
      const { asked } = await atResult(running, channelId, { results: transaction([hba1c(75, at)]) });
      const text = allText(asked);

      expect(text, channelId).to.not.match(/\bNow: /);
      expect(text, channelId).to.match(/over a year ago/);
      expect(text, `${channelId}: the date of the test`).to.match(monthAndYear(at));
    });
  });

  it('does not call a result from this year old', async () => {
    await onEach(channels, async (running, channelId) => {
      const { asked } = await atResult(running, channelId, { results: transaction([hba1c(75, daysAgo(300))]) });

      expect(allText(asked), channelId).to.not.match(/year ago|years ago/);
    });
  });

  it('explains a result in plainer words when asked "what does that mean?" or "I don\'t understand", instead of the same words again', async () => {
    for (const said of ['what does that mean?', "I don't understand"]) {
      await onEach(['webchat', 'sms'], async (running, channelId) => {
        const { client } = await atResult(running, channelId);
        const reply = await client.say(said);
        const text = allText(reply);
        const record = await onlyRecord(running);

        expect(text, `${channelId}, "${said}": the same explanation sent again`).to.not.include(
          'HbA1c is a blood test',
        );
        expect(text, `${channelId}, "${said}": plainer words`).to.match(/sugar/);
        expect(text, `${channelId}, "${said}": an offer to note it`).to.match(/appointment/);
        expect(text, `${channelId}, "${said}"`).to.not.match(savedClaim);
        expect(lastQuestion(reply), `${channelId}, "${said}"`).to.equal('result.hba1c.thoughts');
        expect(record.answers['result.hba1c.thoughts'], `${channelId}, "${said}": kept unasked`).to.equal(undefined);
      });
    }
  });

  it('explains a result in plainer words when asked about it by its own name, as for "what does that mean?", never noting it', async () => {
    const cases = [
      { said: 'what does HbA1c mean', channelId: 'webchat', skips: [], key: 'result.hba1c.thoughts', plainer: /sugar/ },
      { said: "what's HbA1c?", channelId: 'sms', skips: [], key: 'result.hba1c.thoughts', plainer: /sugar/ },
      {
        said: 'what is cholesterol',
        channelId: 'webchat',
        skips: ['skip', 'skip'],
        key: 'result.totalCholesterol.thoughts',
        plainer: /kind of fat/,
      },
    ] as const;
    for (const { said, channelId, skips, key, plainer } of cases) {
      await onEach([channelId], async (running) => {
        const { client } = await atResult(running, channelId);
        for (const skip of skips) await client.say(skip);
        const reply = await client.say(said);
        const text = allText(reply);

        expect(text, `${channelId}, "${said}"`).to.match(plainer);
        expect(text, `${channelId}, "${said}"`).to.not.match(savedClaim);
        expect(lastQuestion(reply), `${channelId}, "${said}"`).to.equal(key);
        expect((await onlyRecord(running)).answers[key], `${channelId}, "${said}"`).to.equal(undefined);
      });
    }
  });

  // A carer asks of the person's result by the person's name or "her", and a person of "my result":
  // each asks what the result shown is, as "what does that mean?" does, never the same words again.
  it('answers "what does Jean\'s HbA1c mean?", "what does her HbA1c mean" and "what does my result mean" with plainer words and the offer, not the same result again', async () => {
    const cases = [
      { said: "what does Jean's HbA1c mean?", carer: true, channelId: 'webchat' },
      { said: 'what does her HbA1c mean', carer: true, channelId: 'sms' },
      { said: "what does Jean's result mean", carer: true, channelId: 'webchat' },
      { said: 'what does my result mean?', carer: false, channelId: 'webchat' },
      { said: 'what does my HbA1c result mean', carer: false, channelId: 'sms' },
    ] as const;
    for (const { said, carer, channelId } of cases) {
      await onEach([channelId], async (running) => {
        const { client, asked } = await atResult(running, channelId, { carer });
        const reply = await client.say(said);
        const text = allText(reply);

        expect(allText(asked)).to.include('HbA1c is a blood test');
        expect(text, `"${said}": plainer words`).to.match(/sugar/i);
        expect(text, `"${said}": the same explanation again`).to.not.include('HbA1c is a blood test');
        expect(text, `"${said}": the offer to keep the question`).to.match(/appointment/);
        expect(text, `"${said}"`).to.not.match(savedClaim);
        expect(lastQuestion(reply), `"${said}"`).to.equal('result.hba1c.thoughts');
        expect((await onlyRecord(running)).answers['result.hba1c.thoughts'], said).to.equal(undefined);
      });
    }
  });

  it('explains another of their results asked about by name at this one, asking this one again and noting nothing', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const reply = await client.say('what is cholesterol');
      const text = allText(reply);

      expect(text, channelId).to.match(/kind of fat/);
      expect(text, channelId).to.not.match(savedClaim);
      expect(lastQuestion(reply), channelId).to.equal('result.hba1c.thoughts');
      expect((await onlyRecord(running)).answers['result.hba1c.thoughts'], channelId).to.equal(undefined);
    });
  });

  it('keeps what a result means as a question for the appointment when the person says yes to the offer', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      await client.say('what does that mean?');
      const after = await client.say('yes');
      const record = await onlyRecord(running);

      expect(record.answers['result.hba1c.thoughts']?.status, channelId).to.equal('answered');
      expect(record.answers['result.hba1c.thoughts']?.value, channelId).to.match(/HbA1c/);
      expect(allText(after), channelId).to.match(/in the plan/);
      expect(lastQuestion(after), channelId).to.equal('result.bloodPressure.thoughts');
    });
  });

  it('tells a person or carer who is worried by a result who to contact before the visit, and does not say it was put in the plan', async () => {
    const cases = [
      { said: 'should I be worried?', channelId: 'webchat', carer: false },
      { said: 'is that bad?', channelId: 'sms', carer: false },
      { said: 'this is really scaring me', channelId: 'webchat', carer: false },
      { said: 'is that bad for Mum?', channelId: 'msteams', carer: true },
    ] as const;
    for (const { said, channelId, carer } of cases) {
      await onEach([channelId], async (running) => {
        const { client } = await atResult(running, channelId, { carer });
        const reply = await client.say(said);
        const text = allText(reply);
        const record = await onlyRecord(running);

        expect(text, `${channelId}, "${said}"`).to.match(/\b111\b/);
        expect(text, `${channelId}, "${said}"`).to.match(/practice/);
        expect(text, `${channelId}, "${said}"`).to.match(/\b999\b/);
        expect(text, `${channelId}, "${said}"`).to.not.match(savedClaim);
        expect(text, `${channelId}, "${said}": the next result`).to.not.include('how hard the blood pushes');
        expect(lastQuestion(reply), `${channelId}, "${said}"`).to.equal('result.hba1c.thoughts');
        expect(record.answers['result.hba1c.thoughts'], `${channelId}, "${said}"`).to.equal(undefined);
        if (channelId === 'sms')
          for (const sent of reply.replies.map((r) => r.text ?? '')) {
            expect(isGsm7(sent), sent).to.equal(true);
            expect(gsm7Length(sent), sent).to.be.at.most(320);
          }
      });
    }
  });

  it('answers a fear about the condition ("am I going to lose my feet?") as a worry, with whom to contact, kept only on a yes', async () => {
    const cases = [
      { said: 'am I going to lose my feet?', channelId: 'webchat' },
      { said: 'will I go blind', channelId: 'sms' },
      { said: 'is this serious?', channelId: 'webchat' },
    ] as const;
    for (const { said, channelId } of cases) {
      await onEach([channelId], async (running) => {
        const { client } = await atResult(running, channelId);
        const reply = await client.say(said);
        const text = allText(reply);

        expect(text, `${channelId}, "${said}"`).to.match(/\b111\b/);
        expect(text, `${channelId}, "${said}"`).to.match(/practice/);
        expect(text, `${channelId}, "${said}"`).to.not.match(savedClaim);
        expect(lastQuestion(reply), `${channelId}, "${said}"`).to.equal('result.hba1c.thoughts');
        expect((await onlyRecord(running)).answers['result.hba1c.thoughts'], `${channelId}, "${said}"`).to.equal(
          undefined,
        );
        const kept = await client.say('yes');
        expect((await onlyRecord(running)).answers['result.hba1c.thoughts']?.value, channelId).to.equal(said);
        expect(allText(kept), channelId).to.match(/in the plan/);
      });
    }
  });

  it('answers "is 75 bad?", naming a value shown so far with or without its unit, as it answers "is that bad?"', async () => {
    const cases = [
      { said: 'is 75 bad?', channelId: 'webchat', skips: [] },
      { said: 'Is 75 mmol/mol bad', channelId: 'sms', skips: [] },
      { said: 'is my HbA1c bad?', channelId: 'webchat', skips: [] },
      { said: 'is 150/95 ok?', channelId: 'webchat', skips: ['skip'] },
      { said: 'is 75 bad?', channelId: 'webchat', skips: ['skip'] },
    ] as const;
    for (const { said, channelId, skips } of cases) {
      await onEach([channelId], async (running) => {
        const { client } = await atResult(running, channelId);
        for (const skip of skips) await client.say(skip);
        const key = skips.length ? 'result.bloodPressure.thoughts' : 'result.hba1c.thoughts';
        const reply = await client.say(said);
        const text = allText(reply);

        expect(text, `${channelId}, "${said}"`).to.match(/\b111\b/);
        expect(text, `${channelId}, "${said}"`).to.not.match(savedClaim);
        expect(lastQuestion(reply), `${channelId}, "${said}"`).to.equal(key);
        expect((await onlyRecord(running)).answers[key], `${channelId}, "${said}"`).to.equal(undefined);
      });
    }
  });

  it('hears a worry inside a longer answer and answers it as a worry, not as a question noted in the plan', async () => {
    const cases = [
      { said: "I'm worried about my HbA1c", channelId: 'webchat' },
      { said: 'Is 75 too high? That number scares me.', channelId: 'sms' },
    ] as const;
    for (const { said, channelId } of cases) {
      await onEach([channelId], async (running) => {
        const { client } = await atResult(running, channelId);
        const reply = await client.say(said);
        const text = allText(reply);
        const record = await onlyRecord(running);

        expect(text, `${channelId}, "${said}"`).to.match(/\b111\b/);
        expect(text, `${channelId}, "${said}"`).to.not.match(savedClaim);
        expect(lastQuestion(reply), `${channelId}, "${said}"`).to.equal('result.hba1c.thoughts');
        expect(record.answers['result.hba1c.thoughts'], `${channelId}, "${said}"`).to.equal(undefined);
        const kept = await client.say('yes');
        expect((await onlyRecord(running)).answers['result.hba1c.thoughts']?.value, channelId).to.equal(said);
        expect(allText(kept), channelId).to.match(/in the plan/);
      });
    }
  });

  it('notes a question that says there is no worry as the question it is', async () => {
    await onEach(['webchat'], async (running, channelId) => {
      const said = "I'm not worried, I just want to know why it went up";
      const { client } = await atResult(running, channelId);
      const reply = await client.say(said);
      const record = await onlyRecord(running);

      expect(allText(reply), channelId).to.not.match(/\b111\b/);
      expect(record.answers['result.hba1c.thoughts']?.value, channelId).to.equal(said);
      expect(lastQuestion(reply), channelId).to.equal('result.bloodPressure.thoughts');
    });
  });

  it('keeps a worry as the person said it, for the appointment, when they say yes to the offer', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      await client.say('should I be worried?');
      const after = await client.say('yes');
      const record = await onlyRecord(running);

      expect(record.answers['result.hba1c.thoughts']?.value, channelId).to.equal('should I be worried?');
      expect(allText(after), channelId).to.match(/in the plan/);
    });
  });

  it('passes over all the results at once when asked to skip them all or skip the rest', async () => {
    for (const said of ['skip all the results', 'skip the rest']) {
      await onEach(['webchat', 'sms'], async (running, channelId) => {
        const { client } = await atResult(running, channelId);
        const after = await client.say(said);
        const record = await onlyRecord(running);

        expect(lastQuestion(after), `${channelId}, "${said}"`).to.not.match(/^result\./);
        expect(allText(after), `${channelId}, "${said}"`).to.not.include('how hard the blood pushes');
        expect(answerWords(record), `${channelId}, "${said}"`).to.not.include(said);
        expect(record.answers['result.totalCholesterol.thoughts']?.status, channelId).to.equal('skipped');
        expect(allText(after), `${channelId}, "${said}"`).to.match(/skipped the rest of the results/);
      });
    }
  });

  it('passes over one result at a plain "skip"', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const after = await client.say('skip');

      expect(lastQuestion(after), channelId).to.equal('result.bloodPressure.thoughts');
    });
  });

  // A home blood pressure of 220/130 with a terrible headache, told at a result, is an emergency
  // now, as a home sugar of 2.1 with shakiness is: never only noted for an appointment weeks away.
  it('does not only note a very high home blood pressure with a severe headache for the appointment: it says where to get help now', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const reply = await client.say('my bp was 220/130 at home today and I have a terrible headache');
      const text = allText(reply);

      expect(text, channelId).to.match(/\b111\b/);
      expect(text, channelId).to.match(/\b999\b/);
      expect(text, `${channelId}: noted for weeks away as if nothing urgent`).to.not.match(
        /in the plan, to ask at the appointment/,
      );
      expect(lastQuestion(reply), `${channelId}: moved on to the next result`).to.not.equal(
        'result.bloodPressure.thoughts',
      );
    });
  });

  it('stops the results and gives crisis help when someone discloses thoughts of ending their life while a result is shown', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const reply = await client.say("if it's that bad what's the point, I might as well end it all");
      const text = allText(reply);
      const record = await onlyRecord(running);

      expect(text, channelId).to.include('999');
      expect(text, channelId).to.include('116 123');
      expect(text, channelId).to.not.include('how hard the blood pushes');
      expect(lastQuestion(reply), channelId).to.equal('safety.check');
      expect(record.answers['result.hba1c.thoughts'], channelId).to.equal(undefined);
    });
  });

  // A clinic blood pressure of 85/45 is far below the upper limit the target sets ("below 140/90"):
  // "inside the target" would read as fine. It is said to be lower than usual, for the appointment.
  it('does not call a very low blood pressure (85/45) "inside the target": it says it is lower than usual', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId, {
        results: transaction([hba1c(52, daysAgo(10)), bloodPressure(85, 45, daysAgo(10))]),
      });
      const shown = await client.say('skip');
      const all = allText(shown);

      expect(lastQuestion(shown), channelId).to.equal('result.bloodPressure.thoughts');
      expect(all, channelId).to.include('85/45');
      expect(all, channelId).to.not.match(/inside the (?:target|range)/);
      expect(all, channelId).to.match(/lower than usual/);
      expect(all, channelId).to.match(/appointment/);
    });
  });
});
