import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';

/**
 * Which parts of the plan to send, named at the share step (explorer 23, H145): the learned layer
 * checked in on "only the goals" as thoughts of suicide (0.738), on "goals and topics" (0.797), and
 * gave "only the topics" and "only the goals and the topics" the suicide crisis reply (0.945,
 * 0.978). `setAside.partsToSend` sets such a pick aside as a whole message only: beside anything
 * else, both layers read it as ever.
 */
describe('parts of the plan named to send, read by both layers', () => {
  const screen = createCrisisScreen();

  for (const text of [
    'only the goals',
    'only the goals please',
    'only the topics',
    'only goals and topics',
    'only the goals and the topics',
    'just the goals and topics',
    'the goals only',
    'goals and topics',
    'what matters and goals',
    'all but the mood',
    'all except my own answers',
    'everything except the goals',
  ]) {
    it(`gets no crisis reply and no check-in for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  }

  for (const text of [
    'only the goals, I want to die',
    "only the goals, I don't want to be here anymore",
    'goals and topics and then I will end it',
  ]) {
    it(`still gets the suicide crisis reply for "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'crisis', kind: 'suicide' });
    });
  }

  // Set aside only as the whole message: with anything else, both layers read it.
  it('still reads "only the goals. I took all my pills" as a crisis', () => {
    expect(screen.screen('only the goals. I took all my pills').tier).to.equal('crisis');
  });
});
