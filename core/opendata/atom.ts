// Atom feeds (RFC 4287) of a place's disclosures, so feed readers and other platforms can
// subscribe, as FixMyStreet offers its alerts per area. Required elements: the feed's id,
// title, updated and (as it has no feed-level author for every entry) each entry's author;
// each entry's id, title, updated, a link rel=alternate to its page, a summary and content.
// Ids are urn:uuid name-based UUIDs (RFC 4122 version 5) of the disclosure or feed key: stable
// for ever, whatever the host name the county serves them from.
import { createHash } from 'node:crypto';

export interface AtomEntry {
  /** The key its stable id is made from, e.g. disclosure:<id>. */
  key: string;
  title: string;
  /** ISO 8601 with offset. */
  updated: string;
  published: string;
  /** The page a reader opens. */
  link: string;
  author: string;
  summary: string;
  /** Plain text (type="text"). */
  content: string;
  category?: { term: string; label: string };
}

export interface AtomFeed {
  key: string;
  title: string;
  subtitle?: string;
  /** Where this feed is fetched from (rel=self). */
  selfUrl: string;
  /** The H5 page of the place (rel=alternate). */
  htmlUrl: string;
  /** When nothing was published yet: the time of the request. */
  updated: string;
  author: string;
  entries: AtomEntry[];
}

/** 6ba7b811-9dad-11d1-80b4-00c04fd430c8: RFC 4122's URL namespace. */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** urn:uuid:… of a name, version 5 (SHA-1), in the URL namespace under gongkai:. */
export function stableUrn(name: string): string {
  const h = createHash('sha1').update(URL_NAMESPACE).update(`gongkai:${name}`, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Text for XML: the five escapes, and characters XML 1.0 forbids dropped. */
export function xmlText(s: string): string {
  return (
    String(s)
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), feed.entries.length ? '' : feed.updated);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${stableUrn(feed.key)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.htmlUrl)}"/>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    '  <generator>基层政务公开</generator>',
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${stableUrn(e.key)}</id>`,
      `    <title type="text">${xmlText(e.title)}</title>`,
      `    <updated>${e.updated}</updated>`,
      `    <published>${e.published}</published>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>`,
      `    <author><name>${xmlText(e.author)}</name></author>`,
      ...(e.category ? [`    <category term="${xmlText(e.category.term)}" label="${xmlText(e.category.label)}"/>`] : []),
      `    <summary type="text">${xmlText(e.summary)}</summary>`,
      `    <content type="text">${xmlText(e.content)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}
