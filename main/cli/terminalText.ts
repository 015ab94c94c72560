/**
 * Text printed by the CLI carries imported data (names, comments, file names from applicants' spreadsheets and
 * ZIPs). A value holding terminal control sequences could rewrite the screen, hide lines, set the window title or,
 * on some terminals, paste text back as input (https://www.cyberark.com/resources/threat-research-blog/dont-trust-this-title-abusing-terminal-emulators-with-ansi-escape-characters).
 * So every line is made printable: ANSI/ECMA-48 sequences (CSI, OSC, DCS…) are removed whole, and the remaining
 * C0/C1 controls (except tab) and bidirectional overrides are shown as U+FFFD. JSON output needs none of this:
 * JSON.stringify escapes controls.
 */

// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC (ESC ] … BEL or ST), and two-byte escapes.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]|[\u0090\u009d\u0098\u009e\u009f][^\u0007\u001b\u009c]*(?:\u0007|\u009c|\u001b\\)?/g;
// eslint-disable-next-line no-control-regex -- idem: C0 (but tab and newline), DEL, C1, and bidi overrides
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with no sequence a terminal would act on; newlines kept (a message may span lines). */
export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '\uFFFD');
}
