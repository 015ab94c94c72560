/**
 * Notes' Markdown rendered safely (issue 9): hostile HTML stays text, no script, no event attribute, no javascript:
 * link; the Markdown people type in the room (emphasis, lists, line breaks, links) renders.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, safeHref } from '../../../renderer/src/notes/markdown.ts';

const html = (source: string) => renderToStaticMarkup(createElement('div', null, renderMarkdown(source)));

describe('a hostile note', () => {
  it('shows a script tag as text and runs nothing', () => {
    const out = html('Avant <script>alert(1)</script> après');
    expect(out).not.toMatch(/<script/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows an image with onerror as text: no img element, no onerror attribute', () => {
    const out = html('<img src=x onerror=alert(1)>');
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toMatch(/<[^>]*onerror/i);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps a block of raw HTML as text too', () => {
    const out = html('<div onclick="alert(1)">\n<iframe src="https://example.org"></iframe>\n</div>');
    expect(out).not.toMatch(/<(div|iframe)\s/i);
    expect(out).toContain('&lt;iframe');
  });

  it('gives no javascript:, data: or vbscript: link a target', () => {
    for (const target of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', ' javascript:alert(1)']) {
      const out = html(`[x](${target})`);
      expect(out, target).not.toMatch(/href/i);
      expect(out.toLowerCase(), target).not.toContain('<a');
    }
    // Encoded forms are decoded by markdown-it before the check: still refused.
    expect(html('[x](jav&#x61;script:alert(1))')).not.toMatch(/href/i);
    expect(html('<javascript:alert(1)>')).not.toMatch(/href/i);
  });

  it('loads no image from a Markdown image either', () => {
    expect(html('![pixel](https://tracker.example/p.gif)')).not.toMatch(/<img/i);
  });

  it('accepts only http(s) and mailto targets', () => {
    expect(safeHref('https://www.france-volontaires.org')).toBe('https://www.france-volontaires.org');
    expect(safeHref('mailto:secretariat@example.org')).toBe('mailto:secretariat@example.org');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('file:///etc/passwd')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
  });
});

describe('a note in Markdown', () => {
  it('renders emphasis and strong text', () => {
    expect(html('Projet *solide*, **à soutenir**')).toBe('<div><p>Projet <em>solide</em>, <strong>à soutenir</strong></p></div>');
  });

  it('renders bullet and numbered lists', () => {
    const out = html('- budget clair\n- partenaire identifié\n\n3. troisième\n4. quatrième');
    expect(out).toContain('<ul><li>budget clair</li><li>partenaire identifié</li></ul>');
    expect(out).toContain('<ol start="3"><li>troisième</li><li>quatrième</li></ol>');
  });

  it('keeps a line break typed inside a paragraph', () => {
    expect(html('première ligne\ndeuxième ligne')).toBe('<div><p>première ligne<br/>deuxième ligne</p></div>');
  });

  it('opens an http(s) or mailto link outside the application', () => {
    const out = html('[appel](https://www.france-volontaires.org/appel) et [écrire](mailto:a@example.org)');
    expect(out).toContain('<a href="https://www.france-volontaires.org/appel" target="_blank" rel="noopener noreferrer">appel</a>');
    expect(out).toContain('<a href="mailto:a@example.org" target="_blank" rel="noopener noreferrer">écrire</a>');
  });

  it('puts a heading under the page sections and code as code', () => {
    expect(html('# Points forts')).toBe('<div><h4>Points forts</h4></div>');
    expect(html('`x < y`')).toBe('<div><p><code>x &lt; y</code></p></div>');
  });
});
