import { expect } from 'chai';
import { connect, type Socket } from 'node:net';
import { DirectLine } from '../support/directLineClient';
import { paste, untilAsked } from '../support/longPaste';
import { smsService } from '../channels/sms/smsService';

/** A raw post to `/api/sms` of `length` bytes that sends its headers and a first part, then nothing. */
function slowForm(baseUrl: string, length: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: Number(new URL(baseUrl).port) });
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.write(
        `POST /api/sms HTTP/1.1\r\nHost: careprep\r\nX-Twilio-Signature: x\r\n` +
          `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${length}\r\n\r\nBody=`,
      );
      resolve(socket);
    });
  });
}

/**
 * Hardening 29 (H18, H373): the Twilio webhook took bodies of up to 1 MB, read and parsed before the
 * signature was checked, so a stranger with no Twilio credentials could post them, and each took one
 * of the large bodies read at once, turning a Web Chat paste away. Twilio's largest webhook (a
 * 1,600-character text, its media and fields) is far under 64 KB, now the webhook's limit.
 */
describe('Abuse (hardening 29): large bodies at the SMS webhook', function () {
  this.timeout(60_000);
  const sms = smsService('hardening29-token');
  let held: Socket[] = [];
  afterEach(() => {
    for (const socket of held) socket.destroy();
    held = [];
  });

  it('refuses an unsigned 200 KB form with 413 before reading it', async () => {
    const posted = await sms
      .phone()
      .post({ Body: 'a'.repeat(200_000), From: '+447700900123', MessageSid: 'SMx' }, { signature: 'x' });
    expect(posted.status).to.equal(413);
  });

  it("still takes Twilio's largest text: 1,600 characters outside GSM-7, with ten media fields", async () => {
    const phone = sms.phone();
    const params: Record<string, string> = { ...phone.params('ž😀'.repeat(533)), NumMedia: '10' };
    for (let media = 0; media < 10; media += 1) {
      params[`MediaUrl${media}`] =
        `https://api.twilio.com/2010-04-01/Accounts/ACtest/Messages/MM${'0'.repeat(32)}/Media/ME${String(media).padStart(32, '0')}`;
      params[`MediaContentType${media}`] = 'image/jpeg';
    }
    const posted = await phone.post(params);
    expect(posted.status).to.equal(200);
    expect(posted.messages.join('\n')).to.match(/Careprep/);
  });

  it('lets no unsigned form hold a large body: a Web Chat paste from the same address is still read', async () => {
    const { baseUrl } = sms.running();
    held = await Promise.all([1, 2].map(() => slowForm(baseUrl, 900_000)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const line = await DirectLine.start(baseUrl);
    await untilAsked(line);
    expect((await line.say(paste(100_000))).status).to.equal(200);
  });
});
