/**
 * Messages of the signing of the minutes (codes: `signing.<key>`): reading a certificate file, signing, verifying.
 * French first; English typed from the French.
 */
import type { Translation } from '../translation.ts';

export const fr = {
  p12_unreadable: "Le fichier de certificat n'est pas un PKCS#12 (.p12 / .pfx) lisible ({{detail}}).",
  p12_wrong_password: 'Mot de passe incorrect pour ce fichier de certificat.',
  p12_legacy:
    'Ce fichier de certificat utilise un ancien chiffrement (RC2 / 3DES) que Comitia ne lit pas. Convertissez-le avec openssl : « openssl pkcs12 -legacy -in ancien.p12 -out tmp.pem » puis « openssl pkcs12 -export -in tmp.pem -out nouveau.p12 » (et supprimez tmp.pem ensuite).',
  p12_no_key: 'Le fichier de certificat ne contient pas de clé privée.',
  p12_no_certificate: 'Le fichier de certificat ne contient pas de certificat correspondant à sa clé privée.',
  unsupported_key: 'Type de clé non pris en charge pour la signature ({{type}}) : utilisez une clé RSA ou ECDSA.',
  password_empty: 'Le mot de passe du certificat ne peut pas être vide.',
  name_empty: 'Le nom du signataire ne peut pas être vide.',
  pdf_unreadable: "Le PDF n'est pas lisible ({{detail}}).",
  pdf_not_signed: "Le PDF ne porte pas encore de signature : la signature suivante s'ajoute après celle du président.",
  glyph_missing:
    'Le caractère « {{char}} » manque dans la police du document : il ne peut pas figurer dans le cadre de signature.',
  signature_too_large: 'La signature ({{size}} octets) dépasse la place réservée dans le PDF ({{room}} octets).',
  role_chair: 'Président de séance',
  role_secretary: 'Secrétaire de séance',
  box_date: 'Signé le {{date}}',
  self_issued: 'certificat auto-émis',
} as const;

export const en: Translation<typeof fr> = {
  p12_unreadable: 'The certificate file is not a readable PKCS#12 (.p12 / .pfx) file ({{detail}}).',
  p12_wrong_password: 'Wrong password for this certificate file.',
  p12_legacy:
    'This certificate file uses an old encryption (RC2 / 3DES) that Comitia does not read. Convert it with openssl: “openssl pkcs12 -legacy -in old.p12 -out tmp.pem” then “openssl pkcs12 -export -in tmp.pem -out new.p12” (and delete tmp.pem afterwards).',
  p12_no_key: 'The certificate file holds no private key.',
  p12_no_certificate: 'The certificate file holds no certificate matching its private key.',
  unsupported_key: 'Key type not supported for signing ({{type}}): use an RSA or ECDSA key.',
  password_empty: 'The certificate password cannot be empty.',
  name_empty: "The signer's name cannot be empty.",
  pdf_unreadable: 'The PDF cannot be read ({{detail}}).',
  pdf_not_signed: "The PDF bears no signature yet: the next signature is added after the chair's.",
  glyph_missing: 'The character “{{char}}” is missing from the document font: it cannot appear in the signature box.',
  signature_too_large: 'The signature ({{size}} bytes) exceeds the room reserved in the PDF ({{room}} bytes).',
  role_chair: 'Chair of the session',
  role_secretary: 'Secretary of the session',
  box_date: 'Signed on {{date}}',
  self_issued: 'self-issued certificate',
};
