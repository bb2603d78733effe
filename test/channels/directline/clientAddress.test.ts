import { expect } from 'chai';
import type { Request } from 'restify';
import { clientAddress } from '../../../channels/directline/clientAddress';

/** Just what `clientAddress` reads of a request. */
function request(remoteAddress: string, forwardedFor?: string): Request {
  const fake = {
    socket: { remoteAddress },
    header: (name: string) => (name === 'x-forwarded-for' ? forwardedFor : undefined),
  };
  return fake as unknown as Request;
}

describe('The client address rate limits count by', () => {
  it('is the TCP peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress(request('::ffff:203.0.113.9', '198.51.100.1'), 0)).to.equal('203.0.113.9');
  });

  it('is the entry the trusted proxy wrote, not one the client put further left', () => {
    expect(clientAddress(request('10.0.0.2', '1.2.3.4, 198.51.100.7'), 1)).to.equal('198.51.100.7');
    expect(clientAddress(request('10.0.0.2', '1.2.3.4, 198.51.100.7, 10.0.0.3'), 2)).to.equal('198.51.100.7');
  });

  it('keys an IPv6 client by its /64, so one subscriber cannot rotate through its addresses', () => {
    const a = clientAddress(request('2001:db8:aa:bb:1:2:3:4'), 0);
    const b = clientAddress(request('2001:0db8:00aa:00bb::ffff'), 0);
    expect(a).to.equal('2001:db8:aa:bb::/64');
    expect(b).to.equal(a);
    expect(clientAddress(request('2001:db8::1'), 0)).to.equal('2001:db8:0:0::/64');
  });
});
