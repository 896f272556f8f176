/** Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/FFFF): dropped, not escaped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'related' | 'self';
  type?: string;
  title?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  links: AtomLink[];
  authors: string[];
  categories: string[];
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  selfUrl: string;
  updated: Date;
  entries: AtomEntry[];
}

const link = (l: AtomLink) =>
  `<link rel="${l.rel ?? 'alternate'}" href="${xmlText(l.href)}"${l.type ? ` type="${xmlText(l.type)}"` : ''}${l.title ? ` title="${xmlText(l.title)}"` : ''}/>`;

const element = (name: string, text: string) => `<${name}>${xmlText(text)}</${name}>`;

/** An Atom (RFC 4287) document: every entry has an id, a title, an updated time and a link. */
export function renderAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    ...(feed.subtitle ? [`  ${element('subtitle', feed.subtitle)}`] : []),
    `  ${element('updated', feed.updated.toISOString())}`,
    `  ${link({ rel: 'self', href: feed.selfUrl, type: 'application/atom+xml' })}`,
    '  <author><name>Oversight Tracker</name></author>',
    '  <generator>Oversight Tracker</generator>',
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    ${element('id', entry.id)}`,
      `    ${element('title', entry.title)}`,
      `    ${element('updated', entry.updated.toISOString())}`,
      ...(entry.published ? [`    ${element('published', entry.published.toISOString())}`] : []),
      ...entry.links.map((l) => `    ${link(l)}`),
      ...entry.authors.map((name) => `    <author>${element('name', name)}</author>`),
      ...entry.categories.map((term) => `    <category term="${xmlText(term)}"/>`),
      `    <summary type="text">${xmlText(entry.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
