import { expect } from 'chai';
import { normaliseMobile } from '../../../coordination/mobileNumber';

describe('Mobile numbers as a coordinator types them', () => {
  for (const typed of ['07700 900123', '+44 (0)7700 900123', '0044 7700 900123', '447700900123', '+44 7700-900-123']) {
    it(`reads "${typed}" as +447700900123`, () => {
      expect(normaliseMobile(typed)).to.equal('+447700900123');
    });
  }

  it('keeps a number from abroad, written with + or 00', () => {
    expect(normaliseMobile('+353 87 123 4567')).to.equal('+353871234567');
    expect(normaliseMobile('00353 87 123 4567')).to.equal('+353871234567');
  });

  // A UK landline cannot take a text; a trunk zero kept after +44 is a number that does not exist.
  for (const typed of ['+44 1632 960123', '01632 960123', '+4407700900123', '7700 900123', 'call her']) {
    it(`refuses "${typed}"`, () => {
      expect(normaliseMobile(typed)).to.equal(undefined);
    });
  }
});
