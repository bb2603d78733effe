/**
 * An NHS number as a coordinator types it ("943 476 5919", "943-476-5919"): its ten digits when
 * they pass the NHS number's own check digit (modulus 11), else undefined. A slip in one digit, or
 * two digits swapped, fails the check: results would otherwise be held against the wrong person.
 */
export function normaliseNhsNumber(typed: string): string | undefined {
  const digits = typed.replace(/[\s-]/g, '');
  if (!/^[0-9]{10}$/.test(digits)) return undefined;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[9]) ? digits : undefined;
}
