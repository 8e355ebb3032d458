import { describe, expect, test } from 'vitest';
import { markdownToText, parseInline, parseMarkdown } from './markdown.js';

describe('safe Markdown subset', () => {
  test('splits paragraphs and block quotes', () => {
    const blocks = parseMarkdown('Een\ntwee\n\n> **Geen gegevens:** niets\n> meer');
    expect(blocks.map((b) => b.type)).toEqual(['p', 'quote']);
    expect(markdownToText('Een\ntwee\n\n> **Geen gegevens:** niets')).toBe('Een twee\n\nGeen gegevens: niets');
  });
  test('reads bold, emphasis and links', () => {
    expect(parseInline('a **b** *c* [d](https://x.nl)')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'strong', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://x.nl', children: [{ type: 'text', text: 'd' }] },
    ]);
  });
  test('keeps HTML as text and drops unsafe links', () => {
    expect(parseInline('<script>alert(1)</script>')).toEqual([{ type: 'text', text: '<script>alert(1)</script>' }]);
    expect(parseInline('[x](javascript:alert(1))')[0]).toEqual({ type: 'text', text: 'x' });
    expect(parseInline('[x](//evil.example)')[0]).toEqual({ type: 'text', text: 'x' });
  });
});
