/**
 * Notes in Markdown, rendered safely (issue 9, « Notes, for members and for the room »: a note containing `<script>`
 * or `<img onerror>` renders as text). markdown-it parses, with raw HTML off (`html: false`: any tag typed is text),
 * no linkify and no images; its tokens then become React elements here, from a short list of tags, so no HTML string
 * is ever handed to the page (no innerHTML): whatever markdown-it let through, React escapes it. A link keeps its
 * target only when it is http(s) or mailto, and opens outside the application (the desktop shell sends external
 * links through its allow-list); any other link is shown as its text.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { createElement, Fragment, type ReactNode } from 'react';

const parser = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: true });
// An image would fetch from anywhere on the network when a note is shown; its Markdown stays as text.
parser.disable(['image']);

const SAFE_LINK = /^(https?:|mailto:)/i;

/** Whether a link target may be followed: http(s) and mailto only (not javascript:, data:, file:, relative paths). */
export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  return SAFE_LINK.test(trimmed) ? trimmed : null;
}

// markdown-it's own check keeps only the links this one allows, so a refused link is left as its typed text.
parser.validateLink = (url: string) => safeHref(url) !== null;

/** The tags a note may produce; anything else markdown-it might emit is rendered as its content alone. */
const TAGS = new Set(['p', 'em', 'strong', 's', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'hr', 'br', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

/** A note's headings sit under the page's own (h2 sections): `#` becomes h4, and so on down to h6. */
function headingTag(tag: string): string | null {
  const level = /^h([1-6])$/.exec(tag);
  return level ? `h${Math.min(6, Number(level[1]) + 3)}` : null;
}

interface Open {
  tag: string | null;
  props: Record<string, string | number>;
  children: ReactNode[];
}

function propsOf(token: Token, tag: string): Record<string, string | number> {
  if (tag === 'a') {
    const href = safeHref(String(token.attrGet('href') ?? ''));
    return href ? { href, target: '_blank', rel: 'noopener noreferrer' } : {};
  }
  if (tag === 'ol') {
    const start = Number(token.attrGet('start'));
    return Number.isInteger(start) && start !== 1 ? { start } : {};
  }
  return {};
}

function element(open: Open, key: number): ReactNode {
  // A refused tag, or a link whose target was refused, keeps its content only.
  if (open.tag === null || (open.tag === 'a' && !('href' in open.props))) return createElement(Fragment, { key }, ...open.children);
  return createElement(open.tag, { key, ...open.props }, ...open.children);
}

function tagOf(token: Token): string | null {
  const heading = headingTag(token.tag);
  if (heading) return heading;
  return TAGS.has(token.tag) ? token.tag : null;
}

/** Tokens (a block level, or an inline token's children) to React nodes. */
function build(tokens: readonly Token[]): ReactNode[] {
  const root: Open = { tag: null, props: {}, children: [] };
  const stack: Open[] = [root];
  let key = 0;
  const top = () => stack[stack.length - 1]!;
  for (const token of tokens) {
    if (token.nesting === 1) {
      // A tight list's paragraphs are hidden: their text goes straight into the item.
      const tag = token.hidden ? null : tagOf(token);
      stack.push({ tag, props: tag ? propsOf(token, tag) : {}, children: [] });
      continue;
    }
    if (token.nesting === -1) {
      const done = stack.length > 1 ? stack.pop()! : root;
      top().children.push(element(done, key++));
      continue;
    }
    switch (token.type) {
      case 'inline':
        top().children.push(...build(token.children ?? []));
        break;
      case 'text':
      case 'html_inline':
      case 'html_block':
        // With html off these do not occur; were they to, they are text.
        top().children.push(token.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        top().children.push(createElement('br', { key: key++ }));
        break;
      case 'code_inline':
        top().children.push(createElement('code', { key: key++ }, token.content));
        break;
      case 'fence':
      case 'code_block':
        top().children.push(createElement('pre', { key: key++ }, createElement('code', null, token.content)));
        break;
      case 'hr':
        top().children.push(createElement('hr', { key: key++ }));
        break;
      default:
        if (token.content) top().children.push(token.content);
    }
  }
  // Unbalanced tokens (not expected from markdown-it) are closed rather than dropped.
  while (stack.length > 1) {
    const done = stack.pop()!;
    top().children.push(element(done, key++));
  }
  return root.children;
}

/** A note's Markdown as React nodes: nothing in it becomes HTML markup of its own. */
export function renderMarkdown(source: string): ReactNode {
  return createElement(Fragment, null, ...build(parser.parse(source, {})));
}
