/**
 * The "downloaded from the Internet" mark of Windows (Mark of the Web): an alternate data stream `Zone.Identifier`
 * beside the file, in the INI form Windows itself writes. ZoneId=3 is the Internet zone, so SmartScreen and Office's
 * Protected View treat the copy of an applicant's attachment as what it is: a file from outside.
 * https://learn.microsoft.com/openspecs/windows_protocols/ms-fscc/6e3f7352-d11c-4d76-8c39-2516a9df36e8,
 * https://learn.microsoft.com/office/troubleshoot/office-suite-issues/protected-view-in-office
 */
import { writeFile } from 'node:fs/promises';

/** Internet zone (URLZONE_INTERNET). */
export const INTERNET_ZONE = 3;

/** The stream's content, CRLF-terminated as Windows writes it. */
export function zoneIdentifierContent(zoneId: number = INTERNET_ZONE): string {
  return `[ZoneTransfer]\r\nZoneId=${zoneId}\r\n`;
}

/** The stream's path: `file:Zone.Identifier` (NTFS alternate data stream syntax). */
export const zoneIdentifierPath = (filePath: string): string => `${filePath}:Zone.Identifier`;

/**
 * Marks `filePath` as coming from the Internet, on Windows only (elsewhere `name:Zone.Identifier` would be an
 * ordinary file beside it). A volume without streams (FAT, a network share) makes this fail: the copy is then not
 * opened, since the mark is what makes opening it acceptable.
 */
export async function markFromInternet(filePath: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  if (platform !== 'win32') return;
  await writeFile(zoneIdentifierPath(filePath), zoneIdentifierContent(), { mode: 0o600 });
}
