/** Where the core's refusals of the room's forms are shown (renderer/src/deliberation/room/refusalPlaces.ts). */
import { describe, expect, it } from 'vitest';
import { refusalPlaces } from '../../../../renderer/src/deliberation/room/refusalPlaces.ts';

describe("the attendance sheet's refusals", () => {
  const members = ['chair', 'asc', 'cuf'];
  it("puts a rule naming the member on that member's line, in French", () => {
    const places = refusalPlaces({ code: 'deliberation.proxy_missing', params: { member: 'asc' } }, 'fr', members);
    expect(places.general).toBeNull();
    expect(places.members.get('asc')).toBe('asc est représenté : indiquez par quel membre (« by »)');
    expect(places.members.size).toBe(1);
  });
  it('puts too many proxies on the holder’s line', () => {
    const places = refusalPlaces({ code: 'deliberation.too_many_proxies', params: { holder: 'chair', count: 2, max: 1 } }, 'fr', members);
    expect([...places.members.keys()]).toEqual(['chair']);
  });
  it("puts a zod issue on the line of the entry it names, and a field's issue on that field", () => {
    const error = {
      code: 'core.invalid_argument',
      params: { method: 'attendanceSet' },
      details: {
        issues: [
          { field: 'entries[2].status', code: 'validation.attendance_status_expected' },
          { field: 'guests[0].name', code: 'validation.empty_text' },
        ],
      },
    };
    const places = refusalPlaces(error, 'fr', members);
    expect([...places.members.keys()]).toEqual(['cuf']);
    expect([...places.fields.keys()]).toEqual(['guests[0].name']);
    expect(places.general).toBeNull();
  });
  it('keeps what names no line above the form, in the language asked', () => {
    const places = refusalPlaces({ code: 'deliberation.locked' }, 'en', members);
    expect(places.members.size).toBe(0);
    expect(places.general).toMatch(/lock/i);
  });
});
