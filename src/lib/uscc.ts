// 统一社会信用代码 (unified social credit code), GB 32100-2015: format and check digit.

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);
const FORMAT = new RegExp(`^[${USCC_ALPHABET}]{18}$`);

/** True when the text is 18 characters of the code's alphabet (upper case, no I, O, S, V, Z). */
export function hasUsccFormat(code: string): boolean {
  return FORMAT.test(code);
}

/** The check character for the first 17 characters of a code. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`not a USCC character: ${first17.charAt(i)}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET.charAt(check);
}

/** True when a well-formed code's 18th character verifies. */
export function usccCheckDigitVerifies(code: string): boolean {
  return hasUsccFormat(code) && usccCheckCharacter(code.slice(0, 17)) === code.charAt(17);
}
