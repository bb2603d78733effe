import { createCrisisScreen } from '../../safety/screen';
import { itGetsNothing, itStillAsks } from './screenWordings';

/**
 * Blind set 30's hard negatives given the crisis reply or a check-in, by family (H501): a mother of
 * 97 'ready to die' and waiting for God, a wish to die in a place (a village in Pakistan, the care
 * home), the cat that 'tried to kill me', 'she'll kill me if I don't go … she means she'll be
 * annoyed', thoughts of ending it in 2019 with help got and 'a very different place now', 'he'll
 * leave me 😂 he won't', a documentary or a soap about someone who took their life or hurt their
 * mum, the nurse's questions answered ('Breathless? Yes, the usual'), a head knocked with no bump
 * and no blood, knives in the top cupboard 'a height thing', 'killing her husband with my cooking'.
 * Each with calm wordings of the same.
 */
const mustGetNothing: readonly string[] = [
  'My mother say she is ready to die, she is 97, she is not sad, she say she have good life and she is waiting for God. She want priest to come. Can we put in plan?',
  "Dad says he's ready to die, he's 95 and at peace, he wants the vicar",
  "my gran is ready to die, she's had a full life and isn't sad",
  'The cat tried to kill me on the stairs this morning, ran right under my feet. No harm done, I held the rail.',
  'the dog nearly killed me pulling on the lead this morning',
  'that kitten will kill me one day, always under my feet',
  "My sister says she'll kill me if I don't go to the appointment. She means she'll be annoyed.",
  "my husband says he'll kill me if I forget the milk again, he means he'll be cross",
  "mum said she'd kill me if I missed the bus. she meant she'd be upset",
  'My father wish to die in Pakistan, in his village. We want to talk about if he can travel before the end, the doctor say maybe few months.',
  'My wife would like to die in the care home where she is, not be sent to hospital every time she gets a chest infection.',
  'Mum wants to die at home, not in hospital',
  'he would like to die in Ireland where he was born',
  "I'd like to die in my own bed when the time comes",
  "Back in 2019, after the amputation, I did think about ending it. I got help from the crisis team and I'm in a very different place now. Happy to talk about it if it helps others.",
  "in 2015 I did think about ending it, had counselling, I'm in a much better place now",
  "after my divorce I thought about ending it, got help from my GP and I'm in a good place now",
  "My husband says if I buy another cushion he'll leave me 😂 he won't",
  "my wife says if I buy another fishing rod she'll leave me haha she won't",
  "he said if I get another cat he'd leave me 😂",
  'Watched a documentary last night about a man who took his own life after losing his job. Made me think how lucky I am with my family. Anyway, about the blue badge.',
  'read a story about a woman who took her own life after her diagnosis, so sad',
  'saw a drama about a lad who took his own life, hard to watch',
  "The soap last night had a storyline about a carer who hurt her mum. I turned it off. It's nothing like us but it upset me.",
  'the film had a nurse who hurt her patients, I switched it off',
  "Chest pain? No. Breathless? Yes, the usual. Swollen legs? A bit. Those were the nurse's questions, thought I'd answer them here too.",
  'breathless? yes, as usual',
  'Hit my head on the cupboard door, no bump, no blood, not on blood thinners. Just embarrassed.',
  'banged my head on the shelf, no bump, no blood, feel silly',
  'bumped my head on the cupboard, no bump, no blood, just embarrassed',
  "I want the carers to stop putting the knives in the top cupboard. I can't reach. Not a safety thing, a height thing.",
  "stop putting the knives on the top shelf, I can't reach them",
  "the carers keep putting the scissors in the high cupboard and I can't reach",
  "My mother-in-law says I'm killing her husband with my cooking. It's a family joke, I make a lot of curry.",
  "the kids say I'm killing them with my singing",
  "he says I'm killing him with my curries",
];

/** Those families' neighbours that still tell of a risk: at least a check-in. */
const mustStillBeAsked: readonly string[] = [
  'my mother says she is ready to die and has stopped eating and drinking',
  "I'm ready to die",
  'my son tried to kill me on the stairs',
  "my sister says she'll kill me if I tell anyone",
  'I want to die in my sleep tonight',
  'I did think about ending it last week',
  "thought about ending it in 2019, got help, but it's back again now",
  "he says he'll leave me and take the kids if I tell anyone",
  'watched a documentary about a man who took his own life and I keep thinking I could do the same',
  "breathless? yes, I can't finish a sentence and my lips are blue",
  'Chest pain? No, but my left arm is numb and I feel sick',
  "hit my head on the cupboard, I'm on warfarin and now I'm being sick",
  'the carers lock the knives in the top cupboard because I keep cutting myself with them',
  "I'm killing him slowly with his tablets",
];

describe('blind set 30 false alarms by family: nothing, and the risky neighbours still asked', () => {
  const screen = createCrisisScreen();
  itGetsNothing(screen, mustGetNothing);
  itStillAsks(screen, mustStillBeAsked);
});
