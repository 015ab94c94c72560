/**
 * The few parts of a pdfkit document (as pdfmake hands it over before `end()`) that the signing code touches.
 * pdfkit ships no types, and @types/pdfmake would bring the DOM library into main/: this is all we rely on.
 */
export interface PdfKitReference {
  readonly id: number;
  data: Record<string, unknown>;
  end(chunk?: string | Buffer): void;
}

/** pdfkit's EmbeddedFont: a TrueType font embedded as a subset (Type0, Identity-H, glyph ids as codes). */
export interface PdfKitEmbeddedFont {
  readonly id: string;
  /** Lays the text out and adds its glyphs to the subset; returns their codes as 4-digit hex strings. */
  encode(text: string): [string[], unknown[]];
  widthOfString(text: string, size: number): number;
  ref(): PdfKitReference;
}

export interface PdfKitPage {
  readonly width: number;
  readonly height: number;
  readonly dictionary: PdfKitReference;
  readonly annotations: PdfKitReference[];
}

export interface PdfKitDocument {
  /** The current page: after pdfmake's rendering, the last one. */
  readonly page: PdfKitPage;
  ref(data?: Record<string, unknown>): PdfKitReference;
  /** pdfmake's addition: the embedded font of a family declared with addFonts. */
  provideFont(familyName: string, bold: boolean, italics: boolean): PdfKitEmbeddedFont;
  end(): void;
  on(event: 'data', listener: (chunk: Buffer) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
}

/** Ends the document and collects its bytes. */
export function finishDocument(doc: PdfKitDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
