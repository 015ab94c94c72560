/**
 * Distinguished names as people read them (RFC 4514 order: most specific first, `CN=…, O=…`), decoded from the
 * certificate's own bytes: the accented UTF8String of `CN=Hélène Dupré` is shown as it was written, never
 * re-encoded.
 */
import type { RelativeDistinguishedNames } from 'pkijs';

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
};

/** RFC 4514 escaping of one attribute value. */
function escapeValue(value: string): string {
  return value
    .replace(/[\\,+"<>;=]/g, (c) => `\\${c}`)
    .replace(/^[ #]/, (c) => `\\${c}`)
    .replace(/ $/, '\\ ');
}

function attributeText(value: unknown): string {
  const block = (value as { valueBlock?: { value?: unknown } }).valueBlock;
  return typeof block?.value === 'string' ? block.value : '';
}

/** `CN=Hélène Dupré, O=Délégation …`: the name's attributes, last first, as RFC 4514 writes them. */
export function distinguishedName(name: RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => `${SHORT_NAMES[tv.type] ?? tv.type}=${escapeValue(attributeText(tv.value))}`)
    .reverse()
    .join(', ');
}

/** The value of the name's common name (CN), or '' when it has none. */
export function commonName(name: RelativeDistinguishedNames): string {
  const cn = name.typesAndValues.find((tv) => tv.type === '2.5.4.3');
  return cn ? attributeText(cn.value) : '';
}
