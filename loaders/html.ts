import { Parser } from 'htmlparser2';

/** Elements whose text is never report content. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'nav', 'header', 'footer', 'form', 'select', 'button', 'object', 'embed', 'aside', 'head']);
/** Elements that start a new line. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'table', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'hr', 'figcaption', 'center', 'main']);
/** Table cells: a row stays one line, its cells separated, so a label keeps its unit and figures. */
const CELL = new Set(['td', 'th']);
export const CELL_SEPARATOR = ' | ';
/** Class or id words of navigation, share bars, breadcrumbs and other page furniture. */
const FURNITURE = /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumb|footer|header|sidebar|share|bdshare|toolbar|copyright|login|search|topbar|friendlink|links?)([\s_-]|$)/i;

/**
 * Deepest nesting of elements read (browsers stop at 512 too). htmlparser2 keeps its open
 * elements in an array it shifts at the front, so each tag costs as much as the depth:
 * without a bound, a page of 100,000 unclosed <b> took minutes.
 */
export const MAX_HTML_DEPTH = 512;

export interface HtmlText {
  text: string;
  title: string | null;
  /** <meta> values that may carry metadata (publishdate, source, author …). */
  meta: Record<string, string>;
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  const tags = text.slice(0, 20000).match(/<\/?(p|div|span|br|table|td|a|body|head|meta|script)\b/gi);
  return (tags?.length ?? 0) >= 5;
}

/** Report text of an HTML page: paragraphs kept as lines, page furniture dropped. */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const meta: Record<string, string> = {};
  let title = '';
  let inTitle = false;
  const stack: { name: string; skip: boolean }[] = [];
  let skipDepth = 0;
  const newline = () => {
    if (out.length && out[out.length - 1] !== '\n') out.push('\n');
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const furniture = FURNITURE.test(`${attrs.class ?? ''} ${attrs.id ?? ''}`);
        const skip = SKIP.has(name) || furniture;
        const voidTag = name === 'br' || name === 'hr' || name === 'img' || name === 'meta' || name === 'input' || name === 'link';
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attrs.name ?? attrs.property ?? attrs['http-equiv'] ?? '').toLowerCase();
          if (key && attrs.content) meta[key] = attrs.content;
        }
        if (BLOCK.has(name)) newline();
        if (CELL.has(name) && out.length && out[out.length - 1] !== '\n') out.push(CELL_SEPARATOR);
        if (!voidTag) {
          stack.push({ name, skip });
          if (skip) skipDepth++;
          if (stack.length > MAX_HTML_DEPTH) throw new Error(`elements are nested more than ${MAX_HTML_DEPTH} deep (at <${name}>); no page a report comes from is`);
        }
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (skipDepth === 0) out.push(data);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        // Pop to the matching tag (tolerating unclosed children).
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]!.name === name) {
            for (const e of stack.splice(i)) if (e.skip) skipDepth--;
            break;
          }
        }
        if (BLOCK.has(name)) newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return { text: out.join(''), title: title.trim() || null, meta };
}
