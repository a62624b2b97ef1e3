// Phone numbers and e-mail addresses in contact text, as tappable tel: and mailto: links. The one
// rule for every contact the site shows: platforms', notices', the publisher's, the authorities'.
// Only what has the shape of a number or an address becomes a link, and its href is rebuilt from
// a few safe characters, never copied from the data.

export type ContactPart =
  | { kind: 'text'; text: string }
  | { kind: 'tel'; text: string; href: string }
  | { kind: 'email'; text: string; href: string };

/**
 * A number as people write it: an optional +, an optional area code in brackets, digit groups
 * joined by one hyphen or space. Not next to a Latin letter, a digit, @ or a dot, so that pieces of a
 * 统一社会信用代码, an e-mail address or a URL are not read as numbers; Chinese may touch it (电话0631…转8).
 */
const PHONE = /(?<![A-Za-z0-9@./+＋\-－_])(?:[+＋] ?)?(?:[(（] ?\d{1,5} ?[)）] ?)?\d+(?:(?: ?[-－‐–] ?| )\d+)*(?![A-Za-z0-9@_])/g;

/** A plain address: ASCII letters, digits and . _ + - before the @, a dotted host name ending in letters. */
const EMAIL = /(?<![A-Za-z0-9.+\-_])[A-Za-z0-9](?:[A-Za-z0-9._+-]{0,62}[A-Za-z0-9_+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-_@])/g;

// Whole-value forms for telHref and mailtoHref: no shared lastIndex with the global ones above.
const PHONE_ALONE = new RegExp(`^(?:${PHONE.source})$`);
const EMAIL_ALONE = new RegExp(`^(?:${EMAIL.source})$`);

/** A date written with hyphens (2026-06-18) is not a phone number, though it has eight digits. */
const DATE = /^\d{4}[-－‐–]\d{1,2}[-－‐–]\d{1,2}$/;

/** Phone numbers in China run from 7 digits (a local number) to 12 (a mobile or area code + number); E.164 allows 15. */
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;

/** `tel:` address for a phone number written alone, e.g. `（0631）555-0101` → `tel:0631-555-0101`; null for anything else. */
export function telHref(value: string): string | null {
  const trimmed = value.trim();
  if (DATE.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  if (!PHONE_ALONE.test(trimmed)) return null;
  const groups = trimmed.match(/\d+/g) ?? [];
  // 1 2 3 4 5 6 7 is a list of numbers, not a phone number: groups after the first have two digits or more.
  if (groups.length > 5 || groups.slice(1).some((group) => group.length < 2)) return null;
  const plus = /^[+＋]/.test(trimmed) ? '+' : '';
  // Each group of digits kept apart by a hyphen, as RFC 3966 allows, so the link reads like the text.
  return `tel:${plus}${groups.join('-')}`;
}

/** `mailto:` address for a plausible e-mail address written alone; null for anything else. */
export function mailtoHref(value: string): string | null {
  const trimmed = value.trim();
  if (!EMAIL_ALONE.test(trimmed) || trimmed.includes('..')) return null;
  return `mailto:${trimmed}`;
}

/**
 * Contact text cut into plain text and links: `电话 0631-5550201，邮箱 a@example.org` gives text,
 * a tel: link, text and a mailto: link. Text without a number or an address comes back whole.
 */
export function contactParts(value: string): ContactPart[] {
  const found: { start: number; end: number; part: ContactPart }[] = [];
  for (const match of value.matchAll(EMAIL)) {
    const href = mailtoHref(match[0]);
    if (href) found.push({ start: match.index, end: match.index + match[0].length, part: { kind: 'email', text: match[0], href } });
  }
  for (const match of value.matchAll(PHONE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((other) => start < other.end && end > other.start)) continue;
    const href = telHref(match[0]);
    if (href) found.push({ start, end, part: { kind: 'tel', text: match[0], href } });
  }
  found.sort((a, b) => a.start - b.start);
  const parts: ContactPart[] = [];
  let at = 0;
  for (const { start, end, part } of found) {
    if (start > at) parts.push({ kind: 'text', text: value.slice(at, start) });
    parts.push(part);
    at = end;
  }
  if (at < value.length) parts.push({ kind: 'text', text: value.slice(at) });
  return parts;
}
