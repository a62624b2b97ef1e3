// A small, safe reading of the Markdown in notice bodies: blocks and inline runs as data, never as HTML,
// so that the page's templates escape every character. Raw HTML in the source stays visible text.
import { safeHttpUrl } from './urls.ts';

export type Inline = { kind: 'text'; text: string } | { kind: 'strong'; text: string } | { kind: 'link'; text: string; href: string };
export type Block =
  | { kind: 'heading'; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)、]\s*(.*)$/;
const HEADING = /^#{1,6}\s+(.*)$/;

export function parseMarkdownText(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const heading = lines.length === 1 ? HEADING.exec(lines[0] ?? '') : null;
    if (heading) {
      blocks.push({ kind: 'heading', inlines: parseInlines(heading[1] ?? '') });
    } else if (lines.every((line) => BULLET.test(line))) {
      blocks.push({ kind: 'list', ordered: false, items: lines.map((line) => parseInlines(BULLET.exec(line)?.[1] ?? '')) });
    } else if (lines.every((line) => NUMBERED.test(line))) {
      blocks.push({ kind: 'list', ordered: true, items: lines.map((line) => parseInlines(NUMBERED.exec(line)?.[1] ?? '')) });
    } else {
      blocks.push({ kind: 'paragraph', inlines: parseInlines(lines.map((line) => line.trim()).join('\n')) });
    }
  }
  return blocks;
}

const INLINE = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInlines(text: string): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) inlines.push({ kind: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) {
      inlines.push({ kind: 'strong', text: match[1] });
    } else {
      const href = safeHttpUrl(match[3]);
      // A link that is not http(s) (javascript:, data:) is shown as its text alone.
      inlines.push(href ? { kind: 'link', text: match[2] ?? '', href } : { kind: 'text', text: match[2] ?? '' });
    }
    last = match.index + match[0].length;
  }
  if (last < text.length) inlines.push({ kind: 'text', text: text.slice(last) });
  return inlines;
}
