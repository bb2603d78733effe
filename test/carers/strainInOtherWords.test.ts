/**
 * H488: a carer's strain said in words off H346's list, at a question about the person, was kept as
 * the person's answer: "we can't cope", "I'm running on empty", "I'm done in", "I've nothing left",
 * "it's too much for one person", "I haven't slept properly in months", and the same in Scots,
 * Welsh, Polish, Spanish or Urdu as families write it. Read now as families of words
 * (`content/carerStrain.yaml`, `families`), and by whoever is the subject of the strain itself, not
 * of the whole clause ("I can't cope since she came home" is the carer's; "I'm worried she can't
 * cope" is not). Read with the real content, as `carersStrainAt` reads a carer's reply.
 */
import { expect } from 'chai';
import { createCarerStrain } from '../../dialogs/recognisers/carerStrain';
import { carersStrainWords } from '../../dialogs/recognisers/carersStrainSaid';

const strain = createCarerStrain();
/** The words naming Jean for her daughter Ann, as `namedBy` gives them. */
const jean = ['jean', 'mum'];

const carers = [
  "we can't cope",
  "We're not coping at all",
  "I'm running on empty",
  "honestly I'm running on fumes",
  "I'm done in",
  "I'm completely done in",
  "I've nothing left",
  'I have nothing left to give',
  "it's too much for one person",
  "it's all too much for me",
  "I haven't slept properly in months",
  "I've not had a proper night's sleep in weeks",
  "we haven't slept in months",
  "I'm at breaking point",
  "we're at the end of our tether",
  "I'm on my knees",
  "I can't cope with her stairs any more",
  "I can't cope since she came home",
  "I can't do this any more",
  "I can't take much more",
  'I cannae cope',
  "I'm pure done in",
  'I cannae dae this nae mair',
  'Dw i ddim yn ymdopi',
  'nie daję rady',
  'ja już nie daję rady',
  'nie mam już siły',
  'ya no puedo más',
  'no aguanto más',
  'mujhse ab nahi hota',
];

const persons = [
  "she can't cope with stairs",
  "Mum can't cope with the stairs",
  "I'm worried she can't cope on her own",
  'she is running on empty by teatime',
  "she's done in after the day centre",
  "Jean hasn't slept properly in months",
  "there's nothing left in her purse by Friday",
  'I have nothing left to do for her today',
  "I'm not running on empty, she is doing well",
  'the stairs are too much for her',
  'she says it is too much for one person',
  'ona nie daje rady',
  'ya no puede más',
  'I slept well',
  "I'm a bit tired",
  'cope with stairs',
];

describe("A carer's strain in words off the list, at a question about the person (H488)", () => {
  for (const said of carers) {
    it(`reads "${said}" as the carer's own strain`, () => {
      expect(carersStrainWords(said, strain, jean)).to.be.a('string');
    });
  }
  for (const said of persons) {
    it(`reads "${said}" as no strain of the carer's`, () => {
      expect(carersStrainWords(said, strain, jean)).to.equal(undefined);
    });
  }

  it("keeps the carer's clauses whole when the strain's subject is hers but the clause ends on Jean", () => {
    expect(carersStrainWords("I can't cope since she came home", strain, jean)).to.equal(
      "I can't cope since she came home",
    );
  });

  it("reads strain in the carer's own part too (H346's flag): \"we're running on empty\"", () => {
    expect(strain.states("we're running on empty")).to.equal(true);
    expect(strain.states("I'm a bit tired")).to.equal(false);
  });
});
