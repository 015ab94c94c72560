/**
 * Messages of the import part of the core (codes: `import.<key>`), French first; English typed from the French.
 * Refusals name the file; row issues (rejections, warnings) carry their row and column as data beside the code, so
 * their texts say only what is wrong. `$t(import.archive_{{archive}})` words which archive a ZIP message is about
 * (the workbook or the attachments), with the same parameters.
 */
import type { Translation } from '../translation.ts';

export const fr = {
  // The source file (main/import/sniffFile.ts, readSource.ts, readCsv.ts, readXlsx.ts, readOds.ts)
  not_found: 'Le fichier « {{path}} » est introuvable.',
  too_large: "« {{file}} » pèse {{size}} Mo : au-delà de 256 Mo, ce n'est pas un export de dossiers.",
  empty_file: "« {{file}} » est vide (0 octet) : il n'y a rien à importer. Vérifiez que le téléchargement est allé à son terme.",
  xls_unsupported:
    "« {{file}} » : c'est un classeur Excel 97-2003 (.xls), format que Comitia ne lit pas. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format XLSX ou ODS, puis importez ce fichier.",
  content_zip: 'une archive ZIP (un classeur XLSX ?)',
  content_ods: 'un classeur ODS',
  content_ole: 'un classeur Excel 97-2003 (.xls)',
  content_pdf: 'un document PDF',
  content_text: 'du texte (un CSV ?)',
  content_binary: 'des données binaires non reconnues',
  wrong_extension_xls: "« {{file}} » porte l'extension .xls mais son contenu est $t(import.content_{{content}}).",
  wrong_extension_xls_zip: "« {{file}} » porte l'extension .xls mais son contenu est $t(import.content_{{content}}). Renommez-le en .xlsx.",
  wrong_extension_xlsx:
    "« {{file}} » porte l'extension {{ext}} mais n'est pas un classeur XLSX : son contenu est $t(import.content_{{content}}).",
  wrong_extension_xlsx_text:
    "« {{file}} » porte l'extension {{ext}} mais n'est pas un classeur XLSX : son contenu est $t(import.content_{{content}}). Renommez-le en .csv ou enregistrez-le au format XLSX.",
  wrong_extension_ods:
    "« {{file}} » porte l'extension .ods mais n'est pas un classeur ODS : son contenu est $t(import.content_{{content}}).",
  wrong_extension_csv:
    "« {{file}} » porte l'extension {{ext}} mais n'est pas un fichier texte CSV : son contenu est $t(import.content_{{content}}).",
  wrong_extension_csv_zip:
    "« {{file}} » porte l'extension {{ext}} mais n'est pas un fichier texte CSV : son contenu est $t(import.content_{{content}}). Renommez-le en .xlsx.",
  unrecognised_content:
    '« {{file}} » : contenu non reconnu ($t(import.content_{{content}})). Choisissez un fichier .xlsx, .ods ou .csv.',
  unsupported_extension:
    "« {{file}} » : l'extension {{ext}} n'est pas prise en charge. Choisissez l'export démarches-simplifiées au format .xlsx, .ods ou .csv.",
  not_csv:
    "« {{file}} » n'est pas un fichier texte CSV (il contient des données binaires). Exportez le tableau au format CSV ou XLSX et réessayez.",
  bad_csv: '« {{file}} » : CSV illisible ({{detail}}).',
  bad_csv_line: '« {{file}} » : CSV illisible vers la ligne {{line}} ({{detail}}).',
  not_xlsx:
    "« {{file}} » est une archive ZIP mais pas un classeur Excel (pas de xl/workbook.xml). Choisissez le fichier .xlsx exporté de démarches-simplifiées ou le tableau enregistré au format XLSX.",
  not_ods:
    "« {{file}} » est une archive ZIP mais pas un classeur ODS (pas de content.xml). Choisissez le fichier .ods exporté de démarches-simplifiées ou enregistré par LibreOffice.",
  bad_xlsx:
    'Le classeur « {{file}} » est illisible ({{detail}}). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le à nouveau au format XLSX, puis réessayez.',
  bad_ods:
    'Le classeur « {{file}} » est illisible ({{detail}}). Ouvrez-le dans LibreOffice, enregistrez-le à nouveau au format ODS ou XLSX, puis réessayez.',
  empty_workbook: 'Le classeur « {{file}} » ne contient aucune donnée : toutes ses feuilles sont vides.',
  no_header:
    "« {{file}} » : aucune ligne d'en-tête trouvée dans les 30 premières lignes. La première ligne du tableau doit porter les intitulés des colonnes.",
  no_header_sheet:
    "« {{file}} » (feuille « {{sheet}} ») : aucune ligne d'en-tête trouvée dans les 30 premières lignes. La première ligne du tableau doit porter les intitulés des colonnes.",
  no_rows: "« {{file}} » ne contient aucune ligne de dossier sous l'en-tête (ligne {{row}}).",

  // ZIP archives: the workbook (XLSX, ODS) and the attachments (main/import/zipArchive.ts, stageAttachments.ts)
  archive_workbook: 'Le classeur « {{file}} »',
  archive_attachments: "L'archive des pièces jointes « {{file}} »",
  attachments_not_found: "L'archive des pièces jointes « {{path}} » est introuvable.",
  attachments_empty: "L'archive des pièces jointes « {{file}} » est vide (0 octet).",
  zip_truncated:
    "$t(import.archive_{{archive}}) est tronqué ou endommagé (archive ZIP incomplète) : téléchargez-le à nouveau. Rien n'a été importé.",
  zip_unreadable: "$t(import.archive_{{archive}}) est une archive ZIP illisible ({{detail}}). Rien n'a été importé.",
  zip_damaged: "$t(import.archive_{{archive}}) est endommagé ou tronqué ({{detail}}). Rien n'a été importé.",
  zip_entry_unreadable: "$t(import.archive_{{archive}}) : l'entrée « {{entry}} » est illisible ({{detail}}).",
  zip_entry_damaged:
    "$t(import.archive_{{archive}}) : l'entrée « {{entry}} » est endommagée ou ne correspond pas à la taille annoncée ({{detail}}). Rien n'a été importé.",
  zip_too_many_entries:
    "$t(import.archive_{{archive}}) est refusé : il déclare {{count}} fichiers, au-delà de la limite de {{limit}}. Rien n'a été importé.",
  zip_absolute_path:
    "$t(import.archive_{{archive}}) est refusé : l'entrée « {{entry}} » a un chemin absolu. Rien n'a été importé.",
  zip_parent_path:
    "$t(import.archive_{{archive}}) est refusé : l'entrée « {{entry}} » a un chemin qui sort de son dossier (« .. »). Rien n'a été importé.",
  zip_control_chars:
    "$t(import.archive_{{archive}}) est refusé : l'entrée « {{entry}} » a des caractères de contrôle dans le nom. Rien n'a été importé.",
  zip_encrypted:
    "$t(import.archive_{{archive}}) est refusé : l'entrée « {{entry}} » est protégée par un mot de passe. Rien n'a été importé.",
  zip_unknown_method:
    "$t(import.archive_{{archive}}) est refusé : l'entrée « {{entry}} » utilise une méthode de compression inconnue ({{method}}). Rien n'a été importé.",
  zip_entry_too_large:
    "$t(import.archive_{{archive}}) est refusé : l'entrée « {{entry}} » annonce {{size}} une fois décompressée (limite : {{limit}}). Rien n'a été importé.",
  zip_bomb:
    "$t(import.archive_{{archive}}) est refusé : l'entrée « {{entry}} » se décompresserait {{ratio}} fois plus grosse qu'elle n'est (bombe de décompression ?). Rien n'a été importé.",
  zip_total_too_large:
    "$t(import.archive_{{archive}}) est refusé : son contenu décompressé dépasserait {{limit}}. Rien n'a été importé.",
  ignored_outside: 'hors de tout dossier (dossier-<ID>/ attendu)',
  ignored_error_list_too_long: 'liste des fichiers en erreur trop longue pour être lue',
  ignored_unknown_dossier: "dossier {{id}} absent de la session et de l'import",
  ignored_not_in_session: 'dossier {{id}} absent de la session',

  // The mapping (main/import/columnMapping.ts, apiHandlers.ts)
  mapping_not_object: '{{origin}} : une correspondance est un objet JSON { "en-tête de colonne": "champ" }.',
  mapping_unknown_field:
    '{{origin}} : champ « {{field}} » inconnu pour la colonne « {{column}} ». Champs possibles : {{fields}}.',
  mapping_field_twice:
    '{{origin}} : le champ « {{field}} » est associé à deux colonnes, « {{first}} » et « {{second}} » ; un seul est possible.',
  mapping_not_found: 'Correspondance « {{name}} » introuvable dans cette session.',
  mapping_column_absent: 'La colonne « {{column}} » de la correspondance est absente du fichier.',
  no_id_column:
    "« {{file}} » : aucune colonne d'identifiant des dossiers. Un export démarches-simplifiées a une colonne « ID » ; pour un tableau fait à la main, ajoutez une colonne d'identifiants uniques ou associez-en une au champ « id ».",

  // The run (main/import/runImport.ts, apiHandlers.ts)
  busy: 'Un import est déjà en cours : attendez sa fin ou annulez-le.',
  cancelled: "Import annulé : la session n'a pas été modifiée.",
  duplicate_ids:
    "« {{file}} » : identifiants en double dans la colonne « {{column}} », rien n'a été importé (identifiant : lignes) : {{list}}.",
  duplicate_ids_more:
    "« {{file}} » : identifiants en double dans la colonne « {{column}} », rien n'a été importé (identifiant : lignes) : {{list}} (et {{more}} autres).",
  sheet_ignored: "La feuille « {{sheet}} » n'est pas une feuille d'export démarches-simplifiées : elle n'est pas importée.",
  sheet_issue: 'Ligne {{row}}, colonne « {{column}} » : $t(import.{{issue}}).',
  avis_not_imported: "Avis du dossier {{id}} non importés : ce dossier n'est pas importé.",
  progress_reading: 'Lecture du fichier',
  progress_checking: 'Vérification des lignes',
  progress_attachments_reading: 'Lecture des pièces jointes',
  progress_saving: 'Enregistrement des dossiers',
  progress_attachments_saving: 'Enregistrement des pièces jointes',
  progress_done: 'Import terminé',

  // Satellite sheets (main/import/dossierSheets.ts)
  avis_no_id_column: 'feuille « Avis » sans colonne « Dossier ID » : avis non importés',
  avis_no_id: 'avis sans identifiant de dossier : ignoré',
  avis_bad_date: 'avis : $t(import.{{problem}})',
  sheet_no_id_column: 'feuille « {{sheet}} » sans colonne « Dossier ID » : non importée',

  // Rejections and skips of a row (main/import/buildDossier.ts)
  missing_id: 'identifiant du dossier manquant',
  missing_name: 'nom du candidat manquant',
  draft: 'dossier en brouillon, jamais déposé',

  // Warnings on a row, kept on the dossier (main/import/buildDossier.ts, dossierPlace.ts, companionColumns.ts)
  unknown_state: 'état « {{value}} » inconnu : « En construction » retenu',
  unknown_echelon: 'échelon « {{value}} » non reconnu (attendu : Commune, Intercommunalité (EPCI), Département, Région…)',
  insee_unknown: 'code INSEE « {{code}} » absent du référentiel des communes (COG 2026)',
  insee_unknown_found:
    'code INSEE « {{code}} » absent du référentiel des communes (COG 2026) ; d’après les colonnes voisines, la commune « {{name}} » ({{departement}}) a le code {{found}} : à corriger',
  insee_malformed: 'code INSEE « {{code}} » mal formé (5 caractères attendus, par exemple 01053 ou 2A004)',
  siren_malformed: 'SIREN « {{value}} » mal formé (9 chiffres attendus)',
  siren_checksum: 'SIREN « {{siren}} » invalide (clé de contrôle incorrecte)',
  siren_unknown: "SIREN « {{siren}} » absent des référentiels (EPCI 2025, communes) : l'échelon n'a pas pu en être déduit",
  siren_unknown_found:
    "SIREN « {{siren}} » absent des référentiels (EPCI 2025, communes) ; d’après les colonnes voisines, l'EPCI « {{name}} » ({{departement}}) a le SIREN {{found}} : à corriger",
  by_insee: 'le code INSEE {{code}}',
  by_code: 'le code {{code}}',
  by_region_code: 'le code région {{code}}',
  by_departement_code: 'le code département {{code}}',
  by_siren: 'le SIREN {{siren}}',
  by_companion: 'les colonnes « {{column}} »',
  by_departement: 'le département',
  echelon_mismatch:
    'échelon déclaré « {{declared}} » mais $t(import.by_{{by}}) désigne : $t(import.echelon_{{found}}) ; $t(import.echelon_{{found}}) retenu',
  echelon_corrected:
    'Commune retenue : échelon déclaré « {{declared}} », mais $t(import.by_{{by}}) désigne la commune « {{name}} » ; à confirmer',
  echelon_region: 'Région',
  echelon_departement: 'Département',
  echelon_epci: 'Intercommunalité (EPCI)',
  echelon_commune: 'Commune',
  echelon_autre: 'Autre',
  echelon_unknown: 'échelon indéterminé (ni code INSEE ou SIREN reconnu, ni échelon déclaré) : « Autre » retenu',
  departement_unknown: 'département « {{value}} » inconnu',
  departement_mismatch:
    'département déclaré « {{value}} » mais $t(import.by_{{by}}) est dans le département {{found}} : {{found}} retenu',
  region_unknown: 'région « {{value}} » inconnue',
  region_mismatch: 'région déclarée « {{value}} » mais $t(import.by_{{by}}) est dans la région {{found}} : {{found}} retenue',
  name_from_reference: "nom du candidat absent : « {{name}} » repris du référentiel d'après $t(import.by_{{by}})",
  population_invalid: 'population : $t(import.{{problem}})',
  email_invalid: 'adresse électronique « {{value}} » invalide',
  unknown_profile: 'profil « {{value}} » inconnu (1, 2 ou 3 attendu)',
  yes_no_invalid: '$t(import.{{problem}}) (Oui/Non attendu)',
  date_invalid: '$t(import.{{problem}})',
  missions_invalid: 'nombre de missions : $t(import.{{problem}})',
  unknown_scheme: 'dispositif « {{value}} » inconnu (Service Civique ou VSI attendu)',
  unknown_country: 'pays « {{value}} » inconnu (nom français ou anglais, ou code ISO attendu)',
  not_dac: "{{country}} ({{code}}) ne figure pas sur la liste CAD des pays bénéficiaires de l'APD {{list}}",
  changed_after_scoring: 'Modifié après le début de la notation (import du {{date}}) : {{fields}}.',
  legacy: '{{text}}',

  // What a cell could not be read as (common/import/frenchValues.ts); used inside the warnings above
  value_not_yes_no: '« {{value}} » n’est ni Oui ni Non',
  value_date_not_yes_no: 'une date n’est ni Oui ni Non',
  value_invalid_number: 'nombre invalide',
  value_not_number: '« {{value}} » n’est pas un nombre',
  value_not_integer: '« {{value}} » n’est pas un nombre entier',
  value_negative: '« {{value}} » est négatif',
  value_invalid_date: 'date invalide',
  value_not_date: '« {{value}} » n’est pas une date',
  value_not_valid_date: '« {{value}} » n’est pas une date valide',
  value_unknown_month: '« {{value}} » : mois inconnu',
} as const;

export const en: Translation<typeof fr> = {
  not_found: 'The file “{{path}}” cannot be found.',
  too_large: '“{{file}}” weighs {{size}} MB: beyond 256 MB, it is not an export of applications.',
  empty_file: '“{{file}}” is empty (0 bytes): there is nothing to import. Check that the download finished.',
  xls_unsupported:
    '“{{file}}” is an Excel 97-2003 workbook (.xls), a format Comitia does not read. Open it in Excel or LibreOffice, save it as XLSX or ODS, then import that file.',
  content_zip: 'a ZIP archive (an XLSX workbook?)',
  content_ods: 'an ODS workbook',
  content_ole: 'an Excel 97-2003 workbook (.xls)',
  content_pdf: 'a PDF document',
  content_text: 'text (a CSV?)',
  content_binary: 'unrecognised binary data',
  wrong_extension_xls: '“{{file}}” has the .xls extension but its content is $t(import.content_{{content}}).',
  wrong_extension_xls_zip: '“{{file}}” has the .xls extension but its content is $t(import.content_{{content}}). Rename it to .xlsx.',
  wrong_extension_xlsx: '“{{file}}” has the {{ext}} extension but is not an XLSX workbook: its content is $t(import.content_{{content}}).',
  wrong_extension_xlsx_text:
    '“{{file}}” has the {{ext}} extension but is not an XLSX workbook: its content is $t(import.content_{{content}}). Rename it to .csv or save it as XLSX.',
  wrong_extension_ods: '“{{file}}” has the .ods extension but is not an ODS workbook: its content is $t(import.content_{{content}}).',
  wrong_extension_csv: '“{{file}}” has the {{ext}} extension but is not a CSV text file: its content is $t(import.content_{{content}}).',
  wrong_extension_csv_zip:
    '“{{file}}” has the {{ext}} extension but is not a CSV text file: its content is $t(import.content_{{content}}). Rename it to .xlsx.',
  unrecognised_content: '“{{file}}”: unrecognised content ($t(import.content_{{content}})). Choose an .xlsx, .ods or .csv file.',
  unsupported_extension:
    '“{{file}}”: the {{ext}} extension is not supported. Choose the démarches-simplifiées export as .xlsx, .ods or .csv.',
  not_csv: '“{{file}}” is not a CSV text file (it contains binary data). Export the table as CSV or XLSX and try again.',
  bad_csv: '“{{file}}”: unreadable CSV ({{detail}}).',
  bad_csv_line: '“{{file}}”: unreadable CSV around line {{line}} ({{detail}}).',
  not_xlsx:
    '“{{file}}” is a ZIP archive but not an Excel workbook (no xl/workbook.xml). Choose the .xlsx file exported from démarches-simplifiées or the table saved as XLSX.',
  not_ods:
    '“{{file}}” is a ZIP archive but not an ODS workbook (no content.xml). Choose the .ods file exported from démarches-simplifiées or saved by LibreOffice.',
  bad_xlsx: 'The workbook “{{file}}” is unreadable ({{detail}}). Open it in Excel or LibreOffice, save it again as XLSX, then try again.',
  bad_ods: 'The workbook “{{file}}” is unreadable ({{detail}}). Open it in LibreOffice, save it again as ODS or XLSX, then try again.',
  empty_workbook: 'The workbook “{{file}}” holds no data: all its sheets are empty.',
  no_header: '“{{file}}”: no header row found in the first 30 rows. The first row of the table must hold the column titles.',
  no_header_sheet:
    '“{{file}}” (sheet “{{sheet}}”): no header row found in the first 30 rows. The first row of the table must hold the column titles.',
  no_rows: '“{{file}}” holds no application row under its header (row {{row}}).',

  archive_workbook: 'The workbook “{{file}}”',
  archive_attachments: 'The attachments archive “{{file}}”',
  attachments_not_found: 'The attachments archive “{{path}}” cannot be found.',
  attachments_empty: 'The attachments archive “{{file}}” is empty (0 bytes).',
  zip_truncated: '$t(import.archive_{{archive}}) is truncated or damaged (incomplete ZIP archive): download it again. Nothing was imported.',
  zip_unreadable: '$t(import.archive_{{archive}}) is an unreadable ZIP archive ({{detail}}). Nothing was imported.',
  zip_damaged: '$t(import.archive_{{archive}}) is damaged or truncated ({{detail}}). Nothing was imported.',
  zip_entry_unreadable: '$t(import.archive_{{archive}}): the entry “{{entry}}” is unreadable ({{detail}}).',
  zip_entry_damaged:
    '$t(import.archive_{{archive}}): the entry “{{entry}}” is damaged or does not match its declared size ({{detail}}). Nothing was imported.',
  zip_too_many_entries: '$t(import.archive_{{archive}}) is refused: it declares {{count}} files, beyond the limit of {{limit}}. Nothing was imported.',
  zip_absolute_path: '$t(import.archive_{{archive}}) is refused: the entry “{{entry}}” has an absolute path. Nothing was imported.',
  zip_parent_path: '$t(import.archive_{{archive}}) is refused: the entry “{{entry}}” has a path leaving its folder (“..”). Nothing was imported.',
  zip_control_chars: '$t(import.archive_{{archive}}) is refused: the entry “{{entry}}” has control characters in its name. Nothing was imported.',
  zip_encrypted: '$t(import.archive_{{archive}}) is refused: the entry “{{entry}}” is password-protected. Nothing was imported.',
  zip_unknown_method:
    '$t(import.archive_{{archive}}) is refused: the entry “{{entry}}” uses an unknown compression method ({{method}}). Nothing was imported.',
  zip_entry_too_large:
    '$t(import.archive_{{archive}}) is refused: the entry “{{entry}}” declares {{size}} once uncompressed (limit: {{limit}}). Nothing was imported.',
  zip_bomb:
    '$t(import.archive_{{archive}}) is refused: the entry “{{entry}}” would inflate to {{ratio}} times its size (decompression bomb?). Nothing was imported.',
  zip_total_too_large: '$t(import.archive_{{archive}}) is refused: its uncompressed content would exceed {{limit}}. Nothing was imported.',
  ignored_outside: 'outside any application (dossier-<ID>/ expected)',
  ignored_error_list_too_long: 'list of files in error too long to be read',
  ignored_unknown_dossier: 'application {{id}} is neither in the session nor in the import',
  ignored_not_in_session: 'application {{id}} is not in the session',

  mapping_not_object: '{{origin}}: a mapping is a JSON object { "column header": "field" }.',
  mapping_unknown_field: '{{origin}}: unknown field “{{field}}” for the column “{{column}}”. Possible fields: {{fields}}.',
  mapping_field_twice: '{{origin}}: the field “{{field}}” is mapped to two columns, “{{first}}” and “{{second}}”; only one is allowed.',
  mapping_not_found: 'Mapping “{{name}}” not found in this session.',
  mapping_column_absent: 'The column “{{column}}” of the mapping is not in the file.',
  no_id_column:
    '“{{file}}”: no column of application IDs. A démarches-simplifiées export has an “ID” column; for a hand-made table, add a column of unique IDs or map one to the “id” field.',

  busy: 'An import is already running: wait for it to end or cancel it.',
  cancelled: 'Import cancelled: the session was not changed.',
  duplicate_ids: '“{{file}}”: duplicate IDs in the column “{{column}}”, nothing was imported (ID: rows): {{list}}.',
  duplicate_ids_more: '“{{file}}”: duplicate IDs in the column “{{column}}”, nothing was imported (ID: rows): {{list}} (and {{more}} more).',
  sheet_ignored: 'The sheet “{{sheet}}” is not a démarches-simplifiées export sheet: it is not imported.',
  sheet_issue: 'Row {{row}}, column “{{column}}”: $t(import.{{issue}}).',
  avis_not_imported: 'Opinions on application {{id}} not imported: that application is not imported.',
  progress_reading: 'Reading the file',
  progress_checking: 'Checking the rows',
  progress_attachments_reading: 'Reading the attachments',
  progress_saving: 'Saving the applications',
  progress_attachments_saving: 'Saving the attachments',
  progress_done: 'Import finished',

  avis_no_id_column: '“Avis” sheet without a “Dossier ID” column: opinions not imported',
  avis_no_id: 'opinion without an application ID: ignored',
  avis_bad_date: 'opinion: $t(import.{{problem}})',
  sheet_no_id_column: 'sheet “{{sheet}}” without a “Dossier ID” column: not imported',

  missing_id: 'application ID missing',
  missing_name: 'applicant name missing',
  draft: 'draft application, never submitted',

  unknown_state: 'unknown state “{{value}}”: “En construction” used',
  unknown_echelon: 'tier “{{value}}” not recognised (expected: Commune, Intercommunalité (EPCI), Département, Région…)',
  insee_unknown: 'INSEE code “{{code}}” not in the reference list of communes (COG 2026)',
  insee_unknown_found:
    'INSEE code “{{code}}” not in the reference list of communes (COG 2026); from the neighbouring columns, the commune “{{name}}” ({{departement}}) has the code {{found}}: to be corrected',
  insee_malformed: 'INSEE code “{{code}}” malformed (5 characters expected, e.g. 01053 or 2A004)',
  siren_malformed: 'SIREN “{{value}}” malformed (9 digits expected)',
  siren_checksum: 'SIREN “{{siren}}” invalid (wrong check digit)',
  siren_unknown: 'SIREN “{{siren}}” not in the reference lists (EPCI 2025, communes): the tier could not be deduced from it',
  siren_unknown_found:
    'SIREN “{{siren}}” not in the reference lists (EPCI 2025, communes); from the neighbouring columns, the EPCI “{{name}}” ({{departement}}) has the SIREN {{found}}: to be corrected',
  by_insee: 'the INSEE code {{code}}',
  by_code: 'the code {{code}}',
  by_region_code: 'the région code {{code}}',
  by_departement_code: 'the département code {{code}}',
  by_siren: 'the SIREN {{siren}}',
  by_companion: 'the columns “{{column}}”',
  by_departement: 'the département',
  echelon_mismatch:
    'declared tier “{{declared}}” but $t(import.by_{{by}}) designates: $t(import.echelon_{{found}}); $t(import.echelon_{{found}}) used',
  echelon_corrected:
    'Commune used: declared tier “{{declared}}”, but $t(import.by_{{by}}) designates the commune “{{name}}”; to be confirmed',
  echelon_region: 'Région',
  echelon_departement: 'Département',
  echelon_epci: 'Intercommunality (EPCI)',
  echelon_commune: 'Commune',
  echelon_autre: 'Other',
  echelon_unknown: 'tier undetermined (no recognised INSEE code or SIREN, no declared tier): “Autre” used',
  departement_unknown: 'unknown département “{{value}}”',
  departement_mismatch: 'declared département “{{value}}” but $t(import.by_{{by}}) is in département {{found}}: {{found}} used',
  region_unknown: 'unknown région “{{value}}”',
  region_mismatch: 'declared région “{{value}}” but $t(import.by_{{by}}) is in région {{found}}: {{found}} used',
  name_from_reference: 'applicant name missing: “{{name}}” taken from the reference data after $t(import.by_{{by}})',
  population_invalid: 'population: $t(import.{{problem}})',
  email_invalid: 'invalid e-mail address “{{value}}”',
  unknown_profile: 'unknown profile “{{value}}” (1, 2 or 3 expected)',
  yes_no_invalid: '$t(import.{{problem}}) (Oui/Non expected)',
  date_invalid: '$t(import.{{problem}})',
  missions_invalid: 'number of missions: $t(import.{{problem}})',
  unknown_scheme: 'unknown scheme “{{value}}” (Service Civique or VSI expected)',
  unknown_country: 'unknown country “{{value}}” (French or English name, or ISO code expected)',
  not_dac: '{{country}} ({{code}}) is not on the DAC list of ODA recipients {{list}}',
  changed_after_scoring: 'Changed after scoring began (import of {{date}}): {{fields}}.',
  legacy: '{{text}}',

  value_not_yes_no: '“{{value}}” is neither Oui nor Non',
  value_date_not_yes_no: 'a date is neither Oui nor Non',
  value_invalid_number: 'invalid number',
  value_not_number: '“{{value}}” is not a number',
  value_not_integer: '“{{value}}” is not a whole number',
  value_negative: '“{{value}}” is negative',
  value_invalid_date: 'invalid date',
  value_not_date: '“{{value}}” is not a date',
  value_not_valid_date: '“{{value}}” is not a valid date',
  value_unknown_month: '“{{value}}”: unknown month',
};
