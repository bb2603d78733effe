/**
 * A mobile number in E.164, from a UK mobile as people write it ("07700 900123", "+44 (0)7700
 * 900123", "0044 7700 900123", "447700900123") or any other number in E.164. A UK number that is
 * not a mobile (+44 1…, +44 2…) is refused: it cannot take a text.
 */
export function normaliseMobile(typed: string): string | undefined {
  // "(0)" is the trunk zero people write after +44; it is not dialled from abroad.
  const compact = typed
    .replace(/\(0\)/g, '')
    .replace(/[\s().-]/g, '')
    .replace(/^00/, '+');
  const uk = /^(?:0|\+?44)(7\d{9})$/.exec(compact);
  if (uk) return `+44${uk[1]}`;
  if (compact.startsWith('+44')) return undefined;
  if (/^\+[1-9]\d{7,14}$/.test(compact)) return compact;
  return undefined;
}
