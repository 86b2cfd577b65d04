// GeoReport v2's two formats: JSON arrays, and XML whose root names the list and whose
// children name each record (services/service, service_requests/request, errors/error).
import { xmlText } from '../opendata/atom';

export type Format = 'json' | 'xml';

export const OPEN311_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

type Value = string | number | boolean | null | undefined | Value[] | { [k: string]: Value };

function element(tag: string, v: Value, indent: string): string {
  if (v === undefined) return '';
  if (v === null || v === '') return `${indent}<${tag}/>\n`;
  if (Array.isArray(v)) {
    // A list inside a record (attributes/attribute, values/value): the singular names each child.
    const child = tag.endsWith('s') ? tag.slice(0, -1) : 'item';
    return `${indent}<${tag}>\n${v.map((x) => element(child, x, `${indent}  `)).join('')}${indent}</${tag}>\n`;
  }
  if (typeof v === 'object') {
    return `${indent}<${tag}>\n${Object.entries(v)
      .map(([k, x]) => element(k, x, `${indent}  `))
      .join('')}${indent}</${tag}>\n`;
  }
  return `${indent}<${tag}>${xmlText(String(v))}</${tag}>\n`;
}

/** A list of records as <root><item>…</item>…</root>. */
export function xmlList(root: string, item: string, records: readonly object[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<${root}>\n${records.map((r) => element(item, r as Value, '  ')).join('')}</${root}>\n`;
}

/** One record as the root element (a service definition). */
export function xmlRecord(root: string, record: object): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, record as Value, '')}`;
}
