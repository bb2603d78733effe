import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * A carer at breaking point telling of harm they fear they will do to the person they care for,
 * tied to what they need first ("I need a break before I hurt him"): found by the second review
 * of this change, where the carer's own words are now kept apart from the person's (H6). Calm
 * wordings share the words.
 */
const mechanisms: Record<string, Mechanism> = {
  'harm a carer fears they will do, before or unless they get help': {
    detects: [
      ['I need a break before I hurt him', 'harmOthers'],
      ["I need a break or I'll lose it with him", 'harmOthers'],
      ['I have to get some respite otherwise I will hit her', 'harmOthers'],
      ['someone needs to take over before I do something to mum', 'harmOthers'],
    ],
    calm: [
      'I check the floor is clear before I help him up',
      'I give him his tablets before I go to work',
      'I need a break before I go back to work',
      'or I lose my place in the queue',
      'I lose it with the remote control every night',
    ],
  },
};

describeMechanisms('A carer at breaking point', mechanisms);
