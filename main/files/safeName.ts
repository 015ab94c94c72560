/**
 * File names that come from outside (an upload's name, an attachment's name inside a ZIP) made safe to write on
 * any of the three systems: one path segment, no control or reserved characters, no Windows device name, not too
 * long, the extension kept. Rules: Microsoft's "Naming Files, Paths, and Namespaces"
 * (https://learn.microsoft.com/windows/win32/fileio/naming-a-file), which are the strictest of the three.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_LENGTH = 120;

export function safeFileName(raw: string, fallback = 'fichier'): string {
  // Only the last segment: a name is never a path, whichever separator it uses.
  const last = raw.split(/[/\\]/).pop() ?? '';
  let name = last
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    // Bidirectional controls would let "rapport\u202Efdp.exe" display as "rapportexe.pdf".
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    // Windows drops trailing dots and spaces; leading dots would hide the file on Unix.
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!name) return fallback;
  if (RESERVED.test(name)) name = `_${name}`;
  if (name.length > MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, MAX_LENGTH - ext.length).replace(/[\s.]+$/, '') + ext;
  }
  return name;
}

/** The lower-case extension without its dot ("" when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
