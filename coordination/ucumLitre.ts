/**
 * UCUM has two codes for the litre, "L" and "l", and many laboratory feeds send "mmol/l" or
 * "ml/min": written with "L", as the catalogue has them. A litre is an "l" standing alone or
 * after a metric prefix, between the ends of a unit or its "/" and "." ("mol" has none).
 */
export function litreAsL(code: string): string {
  return code.replace(/(^|[/.])([munpfcd]?)l(?=$|[/.{])/g, '$1$2L');
}
