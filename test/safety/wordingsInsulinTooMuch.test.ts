import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies, itGivesNoCrisisReply } from './screenWordings';

/**
 * H97: too much insulin (double, twice, the wrong one) with the signs of a low coming on now
 * (wobbly, shaky, sweating, a sugar dropping) is an emergency, not a check-in. Told as over,
 * as a habit or as a question about what to do, it is not.
 */
const screen = createCrisisScreen();

describe('too much insulin with a low coming on (H97)', () => {
  itGivesCrisisReplies(screen, [
    ['medicalEmergency', "Just injected double my insulin by mistake and I'm feeling wobbly already"],
    ['medicalEmergency', "I've done my insulin twice by accident, feeling really shaky and sweaty"],
    ['medicalEmergency', "accidentally took my novorapid twice tonight and now I'm sweating and trembling"],
    ['medicalEmergency', "gave dad double his insulin by mistake, he's gone all clammy and wobbly"],
    ['medicalEmergency', 'injected too much insulin, I am shaking and my sugar is dropping fast'],
  ]);
  itGivesNoCrisisReply(screen, [
    'I injected double my insulin by mistake last month and felt wobbly, the nurse sorted it',
    'If I inject double my insulin by mistake, what should I do?',
    'I take my insulin twice a day and sometimes feel shaky before meals',
    "I did my insulin twice by accident this morning but I ate extra and I'm fine",
    "I get wobbly when I'm low, I'm on insulin",
    'I take insulin twice daily and feel shaky when I skip lunch',
    'my mum gets wobbly if she takes too much insulin',
  ]);
});
