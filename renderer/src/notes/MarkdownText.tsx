import { useMemo } from 'react';
import { renderMarkdown } from './markdown.ts';

/** A note's Markdown, rendered safely (markdown.ts: raw HTML is text, links only http(s)/mailto, opened outside). */
export function MarkdownText({ source, className }: { source: string; className?: string }) {
  const rendered = useMemo(() => renderMarkdown(source), [source]);
  return <div className={className ? `markdown-text ${className}` : 'markdown-text'}>{rendered}</div>;
}
