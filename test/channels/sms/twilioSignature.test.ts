import { expect } from 'chai';
import * as twilio from 'twilio/lib/webhooks/webhooks';
import { isValidTwilioSignature, twilioSignature } from '../../../channels/sms/twilioSignature';

const token = 'test-auth-token-0123456789abcdef';
const url = 'https://careprep.example.org/api/sms';
const params = {
  Body: '1, 3 and 5 – café “ok” 😀',
  From: '+447700900123',
  MessageSid: 'SM0123456789abcdef0123456789abcdef',
  To: '+441632960000',
  AccountSid: 'ACtest',
};

describe('Twilio signature validation', () => {
  it('computes the same signature as the twilio package', () => {
    expect(twilioSignature(token, url, params)).to.equal(twilio.getExpectedTwilioSignature(token, url, params));
  });

  it('accepts a signature the twilio package made', () => {
    const signature = twilio.getExpectedTwilioSignature(token, url, params);
    expect(isValidTwilioSignature(token, signature, url, params)).to.equal(true);
  });

  it('agrees with twilio.validateRequest on its own signatures', () => {
    expect(twilio.validateRequest(token, twilioSignature(token, url, params), url, params)).to.equal(true);
  });

  it('refuses a missing signature', () => {
    expect(isValidTwilioSignature(token, undefined, url, params)).to.equal(false);
  });

  it('refuses a signature made with another token', () => {
    const signature = twilio.getExpectedTwilioSignature('another-token', url, params);
    expect(isValidTwilioSignature(token, signature, url, params)).to.equal(false);
  });

  it('refuses a signature made for another URL', () => {
    const signature = twilio.getExpectedTwilioSignature(token, 'https://evil.example.org/api/sms', params);
    expect(isValidTwilioSignature(token, signature, url, params)).to.equal(false);
  });

  it('refuses a signature when a parameter was changed', () => {
    const signature = twilio.getExpectedTwilioSignature(token, url, params);
    expect(isValidTwilioSignature(token, signature, url, { ...params, Body: 'STOP' })).to.equal(false);
  });

  it('refuses every signature when no auth token is configured', () => {
    const signature = twilio.getExpectedTwilioSignature('', url, params);
    expect(isValidTwilioSignature('', signature, url, params)).to.equal(false);
  });
});
