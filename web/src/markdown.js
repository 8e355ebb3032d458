// A tiny, safe Markdown subset for chapter texts: paragraphs, block quotes, **bold**, *em* and
// [links](https://…). Everything else is text: no HTML is ever parsed, so nothing can be injected.

/** Parses Markdown into blocks: [{ type: 'p' | 'quote', inline: [...] }]. */
export function parseMarkdown(text) {
  const blocks = [];
  for (const chunk of String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (!lines.length) continue;
    const quote = lines.every((line) => /^\s*>/.test(line));
    const body = lines.map((line) => (quote ? line.replace(/^\s*>\s?/, '') : line).trim()).join(' ');
    blocks.push({ type: quote ? 'quote' : 'p', inline: parseInline(body) });
  }
  return blocks;
}

const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/))/i;

/** Inline tokens: { type: 'text' | 'strong' | 'em' | 'link', text, href?, children? }. */
export function parseInline(text) {
  const tokens = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  let m;
  while ((m = pattern.exec(text))) {
    if (m.index > last) tokens.push({ type: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) tokens.push({ type: 'strong', children: parseInline(m[1]) });
    else if (m[2] !== undefined) tokens.push({ type: 'em', children: parseInline(m[2]) });
    else if (SAFE_URL.test(m[4])) tokens.push({ type: 'link', href: m[4], children: parseInline(m[3]) });
    else tokens.push({ type: 'text', text: m[3] });
    last = pattern.lastIndex;
  }
  if (last < text.length) tokens.push({ type: 'text', text: text.slice(last) });
  return tokens;
}

/** Renders Markdown as DOM nodes with `document` (text nodes only: no innerHTML). */
export function renderMarkdown(text, doc = document) {
  return parseMarkdown(text).map((block) => {
    const element = doc.createElement(block.type === 'quote' ? 'blockquote' : 'p');
    if (block.type === 'quote') {
      const p = doc.createElement('p');
      appendInline(p, block.inline, doc);
      element.append(p);
    } else appendInline(element, block.inline, doc);
    return element;
  });
}

function appendInline(parent, tokens, doc) {
  for (const token of tokens) {
    if (token.type === 'text') {
      parent.append(doc.createTextNode(token.text));
      continue;
    }
    const element = doc.createElement(token.type === 'link' ? 'a' : token.type);
    if (token.type === 'link') element.setAttribute('href', token.href);
    appendInline(element, token.children, doc);
    parent.append(element);
  }
}

/** The plain text of Markdown (for descriptions and summaries). */
export function markdownToText(text) {
  const flat = (tokens) => tokens.map((t) => (t.type === 'text' ? t.text : flat(t.children))).join('');
  return parseMarkdown(text)
    .map((b) => flat(b.inline))
    .join('\n\n');
}
