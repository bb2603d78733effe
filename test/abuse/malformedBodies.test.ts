import { EventEmitter } from 'node:events';
import { expect } from 'chai';
import { createLogger } from '../../bot/logger';
import { logUnhandledRejections } from '../../bot/unhandledRejections';

describe('Abuse: a rejection nobody handled', () => {
  it('is logged by kind only and does not end the process', () => {
    const lines: string[] = [];
    const target = new EventEmitter();
    const remove = logUnhandledRejections(
      target,
      createLogger('debug', (line) => lines.push(line)),
    );
    try {
      target.emit(
        'unhandledRejection',
        new TypeError('Cannot read name of Sam Smith, 07700 900123'),
        Promise.resolve(),
      );
    } finally {
      remove();
    }
    expect(lines).to.have.length(1);
    expect(JSON.parse(lines[0])).to.include({ level: 'error', event: 'unhandled_rejection', error: 'TypeError' });
    expect(lines[0]).to.not.contain('Sam');
    expect(lines[0]).to.not.contain('07700');
    expect(target.listenerCount('unhandledRejection')).to.equal(0);
  });
});
