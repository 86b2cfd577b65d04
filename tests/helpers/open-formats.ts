// Readers for the open formats the app writes, independent of the code that writes them:
// an RFC 4180 CSV parser, a strict XML parser (jsdom's DOMParser, which reports any
// well-formedness error), and the structural rules of an Atom feed (RFC 4287 §4.1).
import { JSDOM } from 'jsdom';

/** Parses RFC 4180 CSV (CRLF records, "" escapes, fields with commas and line breaks quoted); a BOM is kept out. */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
        if (i < s.length && s[i] !== ',' && s[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`a bare line break outside quotes at ${i} (RFC 4180 wants CRLF)`);
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('an unterminated quoted field');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as records by header; every row must have the header's width. */
export function csvRecords(text: string): { header: string[]; records: Array<Record<string, string>> } {
  const [header, ...rows] = parseCsv(text);
  rows.forEach((r, n) => {
    if (r.length !== header.length) throw new Error(`row ${n + 2} has ${r.length} fields, the header ${header.length}`);
  });
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

const window = new JSDOM('').window;

/** A well-formed XML document, or an error naming what the parser found. */
export function parseXml(text: string): Document {
  const doc = new window.DOMParser().parseFromString(text, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new Error(`not well-formed XML: ${err.textContent}`);
  return doc;
}

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

const kids = (el: Element, name: string) => Array.from(el.children).filter((c) => c.namespaceURI === ATOM && c.localName === name);

/**
 * What an Atom document breaks of RFC 4287 §4.1.1–4.1.2: the feed has exactly one id (an IRI),
 * title and updated (a date-time), a link rel=self, and an author (or every entry has one);
 * every entry has exactly one id, title and updated, at most one published, a link
 * rel=alternate (it has no content with src), and a summary or content; ids unique.
 */
export function atomProblems(doc: Document): string[] {
  const out: string[] = [];
  const feed = doc.documentElement;
  if (feed.namespaceURI !== ATOM || feed.localName !== 'feed') return [`root is ${feed.nodeName}, not atom:feed`];
  const one = (el: Element, name: string, where: string) => {
    const n = kids(el, name).length;
    if (n !== 1) out.push(`${where} has ${n} ${name}`);
    return kids(el, name)[0];
  };
  const feedId = one(feed, 'id', 'feed');
  if (feedId && !IRI.test(feedId.textContent ?? '')) out.push(`feed id is not an IRI: ${feedId.textContent}`);
  one(feed, 'title', 'feed');
  const up = one(feed, 'updated', 'feed');
  if (up && !RFC3339.test(up.textContent ?? '')) out.push(`feed updated is not a date-time: ${up.textContent}`);
  if (!kids(feed, 'link').some((l) => l.getAttribute('rel') === 'self' && l.getAttribute('href'))) out.push('feed has no link rel=self');
  const feedAuthor = kids(feed, 'author').length > 0;
  const ids = new Set<string>();
  kids(feed, 'entry').forEach((e, i) => {
    const where = `entry ${i + 1}`;
    const id = one(e, 'id', where)?.textContent ?? '';
    if (!IRI.test(id)) out.push(`${where} id is not an IRI: ${id}`);
    if (ids.has(id)) out.push(`${where} repeats id ${id}`);
    ids.add(id);
    one(e, 'title', where);
    const u = one(e, 'updated', where);
    if (u && !RFC3339.test(u.textContent ?? '')) out.push(`${where} updated is not a date-time`);
    const p = kids(e, 'published');
    if (p.length > 1 || (p[0] && !RFC3339.test(p[0].textContent ?? ''))) out.push(`${where} published is wrong`);
    if (!feedAuthor && kids(e, 'author').length === 0) out.push(`${where} has no author`);
    for (const a of kids(e, 'author')) if (kids(a, 'name').length !== 1) out.push(`${where} author has no name`);
    const content = kids(e, 'content')[0];
    if (!content?.getAttribute('src') && !kids(e, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')) {
      out.push(`${where} has no link rel=alternate`);
    }
    if (!content && kids(e, 'summary').length === 0) out.push(`${where} has neither summary nor content`);
  });
  return out;
}

/** The text of the first atom child `name` of an element. */
export function atomText(el: Element, name: string): string {
  return kids(el, name)[0]?.textContent ?? '';
}

export function atomEntries(doc: Document): Element[] {
  return kids(doc.documentElement, 'entry');
}
