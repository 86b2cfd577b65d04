// The body of a disclosure in a tiny markup, so a long policy text reads as a document and not
// as one block: a line starting with '## ' is a heading, '- ' a list item, a blank line ends a
// paragraph. Nothing else means anything: no HTML is ever interpreted, pages render the blocks
// as plain text elements.

export type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const HEADING = /^#{1,3}\s+(.*)$/;
const ITEM = /^[-－•·]\s+(.*)$/;

export function parseBody(text: string | undefined | null): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: 'paragraph', text: para.join('\n') });
    if (list.length) blocks.push({ kind: 'list', items: list });
    para = [];
    list = [];
  };
  for (const raw of String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flush();
      if (h[1].trim()) blocks.push({ kind: 'heading', text: h[1].trim() });
      continue;
    }
    const li = ITEM.exec(line);
    if (li) {
      if (para.length) flush();
      list.push(li[1].trim());
      continue;
    }
    if (list.length) flush();
    para.push(line);
  }
  flush();
  return blocks;
}
