/**
 * The signing stack's dependency tree. @signpdf/signpdf checks `signer instanceof Signer` against its own copy of
 * @signpdf/utils, so a second copy in the tree makes it refuse our signer. @signpdf/placeholder-pdfkit declares an
 * old pdfkit peer (^0.11) although it only handles the document it is given: package.json's `overrides` points it
 * at pdfmake's pdfkit, so only one pdfkit is installed (and bundled).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string }> };
const copies = (name: string) => Object.keys(lock.packages).filter((path) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`));

describe('signing dependencies', () => {
  it('installs exactly one @signpdf/utils and one pdfkit', () => {
    expect(copies('@signpdf/utils')).toEqual(['node_modules/@signpdf/utils']);
    expect(copies('pdfkit')).toHaveLength(1);
  });
});
