/**
 * Explorer 29b: Dev, invited by Nurse Kay in Teams with his mobile, is texted "Your test results
 * from Dr Sam Patel are ready to look at ... Reply STOP to stop these texts." and replies
 * "stop results" before he has typed his code, through Twilio's webhook.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { coordinatorChat } from '../support/coordinatorChat';
import { apiKey, hba1c, postObservations } from '../support/results';
import { startApp } from '../support/startApp';
import { tempDir } from '../support/tempDb';
import { startFakeTwilioApi } from '../channels/sms/fakeTwilioApi';
import { SmsPhone } from '../channels/sms/smsPhone';
import { startFakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';
import { twilioEnv } from '../support/smsAndTeamsApp';

const mobile = '+447700900123';
const authToken = 'explorer29b-token';
const publicUrl = 'https://careprep.example.org';
const kay = { aad: 'aad-nurse-kay', conversation: 'a:chat-nurse-kay' };

describe('Explorer 29b: "stop results" in reply to the results-ready text (H411)', function () {
  this.timeout(60_000);

  // Told "There are no test results to go through here yet.": untrue, his results had come, and it
  // says nothing of how to stop the texts he was answering.
  it('tells him how to stop the texts, and never that there are no results', async () => {
    const tmp = tempDir();
    const twilio = await startFakeTwilioApi();
    const connector = await startFakeTeamsConnector();
    let now = new Date('2030-03-04T12:00:00Z');
    const running = await startApp({
      env: {
        CAREPREP_DB: tmp.file(),
        CAREPREP_API_KEYS: apiKey,
        CAREPREP_PUBLIC_URL: publicUrl,
        CAREPREP_STAFF_AAD_IDS: kay.aad,
        ...twilioEnv(twilio.url, authToken),
      },
      overrides: { clock: () => now },
    });
    try {
      const value = {
        careprep: 'teams.invite',
        name: 'Dev',
        mobile: '07700 900123',
        date: '2030-03-14',
        time: '10:30',
      };
      const made = allText(await coordinatorChat(running.baseUrl, connector.serviceUrl, kay).post({ value }));
      const code = /\*\*([A-Z2-9]{8})\*\*/.exec(made)?.[1];
      const headers = { authorization: `Bearer ${apiKey}` };
      const list = (await (await fetch(`${running.baseUrl}/api/invitations`, { headers })).json()) as {
        id: string;
        code: string;
      }[];
      const id = list.find((item) => item.code === code)?.id ?? '';
      expect((await postObservations(running, id, hba1c(75, '2030-03-03'))).status).to.equal(201);
      now = new Date('2030-03-04T12:05:00Z');
      await running.app.reminders.tick();
      expect(twilio.requests.map((r) => r.form.Body).join(' | ')).to.match(/results from Dr Sam Patel are ready/);

      const phone = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from: mobile });
      const replied = (await phone.text('stop results')).messages.join('\n');

      expect(replied).to.not.match(/no test results/i);
      expect(replied).to.match(/reply with just the word STOP/);
    } finally {
      await running.stop();
      await twilio.close();
      await connector.close();
      tmp.cleanup();
    }
  });
});
