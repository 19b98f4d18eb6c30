// HTML -> plain text for the CLI, through a real parser (htmlparser2): block elements become
// lines, script/style/nav/aside/form/template content is dropped, and page-date hints are
// gathered (meta article:published_time, JSON-LD, <time datetime>). Node only.
import { Parser } from 'htmlparser2';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'tr',
  'td',
  'th',
  'blockquote',
  'figcaption',
  'pre',
  'dd',
  'dt',
  'title',
  'hr',
  'table',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'svg',
  'iframe',
  'head',
]);

export interface HtmlText {
  text: string;
  title?: string;
  dateHints: { metaPublished: string[]; jsonLd: string[]; timeDatetime: string[] };
  lang?: string;
}

export function htmlToText(html: string): HtmlText {
  let text = '';
  let skip = 0;
  let inTitle = false;
  let inJsonLd = false;
  let title = '';
  let jsonBuf = '';
  let lang: string | undefined;
  const hints: HtmlText['dateHints'] = { metaPublished: [], jsonLd: [], timeDatetime: [] };
  const newline = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'html' && attrs.lang) lang = attrs.lang;
        if (name === 'meta') {
          const prop = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (/published_time|datepublished|pubdate|publishdate|dc\.date|article:published/.test(prop) && attrs.content)
            hints.metaPublished.push(attrs.content);
        }
        if (name === 'time' && attrs.datetime) hints.timeDatetime.push(attrs.datetime);
        if (name === 'script' && (attrs.type ?? '').includes('ld+json')) inJsonLd = true;
        if (name === 'title') inTitle = true;
        if (SKIP.has(name)) skip++;
        if (BLOCK.has(name)) newline();
      },
      ontext(data) {
        if (inJsonLd) {
          jsonBuf += data;
          return;
        }
        if (inTitle) {
          title += data;
          return;
        }
        if (skip > 0) return;
        text += data.replace(/[ \t\r\n\f]+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'script' && inJsonLd) {
          hints.jsonLd.push(jsonBuf);
          jsonBuf = '';
          inJsonLd = false;
        }
        if (name === 'title') inTitle = false;
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        if (BLOCK.has(name)) newline();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  return { text: lines.join('\n'), title: title.trim() || undefined, dateHints: hints, lang };
}

export function looksLikeHtml(s: string): boolean {
  return (
    /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(s) ||
    /<(?:p|div|article|meta)[\s>]/i.test(s.slice(0, 2000))
  );
}
