/** The signature frames the signing library draws into: fixed rectangles in PDF points, inside the A4 page's margins. */
import { describe, expect, it } from 'vitest';
import { A4, MM, SIGNATURE_FRAMES, signatureFrames } from '../../../../main/minutes/document/signatureFrames.ts';

describe('signature frames', () => {
  it('are chair x 20–100 mm and secretary x 110–190 mm, both y 25–60 mm from the bottom, in points', () => {
    const mm = (pt: number) => Math.round((pt / MM) * 100) / 100;
    expect(SIGNATURE_FRAMES.chair.rect.map(mm)).toEqual([20, 25, 100, 60]);
    expect(SIGNATURE_FRAMES.secretary.rect.map(mm)).toEqual([110, 25, 190, 60]);
    expect(SIGNATURE_FRAMES.chair.rect).toEqual([56.693, 70.866, 283.465, 170.079]);
    for (const f of signatureFrames()) {
      expect(f.page).toBe('last');
      expect(f.width).toBeCloseTo(f.rect[2] - f.rect[0], 2);
      expect(f.height).toBeCloseTo(f.rect[3] - f.rect[1], 2);
      expect(f.top).toBeCloseTo(A4.height - f.rect[3], 2);
      // Inside the 20 mm margins of the page, side by side without overlapping.
      expect(f.rect[0]).toBeGreaterThanOrEqual(20 * MM - 0.001);
      expect(f.rect[2]).toBeLessThanOrEqual(A4.width - 20 * MM + 0.001);
    }
    expect(SIGNATURE_FRAMES.chair.rect[2]).toBeLessThan(SIGNATURE_FRAMES.secretary.rect[0]);
    expect(signatureFrames().map((f) => f.role)).toEqual(['chair', 'secretary']);
  });
});
