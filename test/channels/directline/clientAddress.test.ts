import { expect } from 'chai';
import type { Request } from 'restify';
import { clientAddress, peerKey, peerNetwork, sharedNetwork } from '../../../channels/directline/clientAddress';

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

describe('The key an address counts under, however it is written (H371)', () => {
  const same: ReadonlyArray<[string, string]> = [
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::FFFF:127.0.0.1', '127.0.0.1'],
    ['::ffff:7f00:1', '127.0.0.1'],
    ['0:0:0:0:0:ffff:7f00:1', '127.0.0.1'],
    ['127.0.0.1:51234', '127.0.0.1'],
    ['[::ffff:127.0.0.1]:80', '127.0.0.1'],
    ['::1', '0:0:0:0::/64'],
    ['[::1]:443', '0:0:0:0::/64'],
    ['2001:DB8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ];
  for (const [written, key] of same)
    it(`keys ${written} as ${key}`, () => {
      expect(peerKey(written)).to.equal(key);
    });

  it('keeps different /64s and different IPv4 addresses apart', () => {
    expect(peerKey('2001:db8:0:1::1')).to.not.equal(peerKey('2001:db8::1'));
    expect(peerKey('::ffff:127.0.0.2')).to.not.equal(peerKey('127.0.0.1'));
    expect(peerKey('::2')).to.not.equal(peerKey('127.0.0.1'));
  });

  it('groups an IPv6 /64 in its /48 as one network, and leaves IPv4 as itself', () => {
    expect(peerNetwork(peerKey('2001:db8:1:2::5'))).to.equal(peerNetwork(peerKey('2001:db8:1:ffff::9')));
    expect(peerNetwork(peerKey('2001:db8:2::5'))).to.not.equal(peerNetwork(peerKey('2001:db8:1::5')));
    expect(peerNetwork('203.0.113.5')).to.equal('203.0.113.5');
  });

  it('shares new conversations out by an IPv4 /24 and an IPv6 /48, however the address is written (H518)', () => {
    expect(sharedNetwork(peerKey('203.0.113.5:51234'))).to.equal('203.0.113.0/24');
    expect(sharedNetwork(peerKey('::ffff:203.0.113.200'))).to.equal('203.0.113.0/24');
    expect(sharedNetwork(peerKey('203.0.114.5'))).to.not.equal(sharedNetwork(peerKey('203.0.113.5')));
    expect(sharedNetwork(peerKey('2001:db8:1:2::5'))).to.equal(sharedNetwork(peerKey('[2001:DB8:1:ffff::9]:443')));
    expect(sharedNetwork(peerKey('2001:db8:2::5'))).to.not.equal(sharedNetwork(peerKey('2001:db8:1::5')));
  });
});
