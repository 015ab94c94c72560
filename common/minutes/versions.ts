/**
 * The stored minutes as the api returns them (main/db/minutesRepo.ts): versions of the generated procès-verbal and
 * their signed states. The PDF bytes travel apart (a route of the web shell, app:// on the desktop, a file export).
 */

/** Which annexes the minutes carry (the fingerprint is always printed). */
export interface AnnexOptions {
  attendanceSheet: boolean;
  individualGrids: boolean;
  /** Individual grids with « Membre A », « Membre B »… instead of names. */
  anonymised: boolean;
  agreement: boolean;
  auditHead: boolean;
}

export const ANNEX_PRESETS = {
  all: { attendanceSheet: true, individualGrids: true, anonymised: false, agreement: true, auditHead: true },
  anonymous: { attendanceSheet: true, individualGrids: true, anonymised: true, agreement: true, auditHead: true },
  none: { attendanceSheet: false, individualGrids: false, anonymised: false, agreement: false, auditHead: false },
} as const satisfies Record<string, AnnexOptions>;
export type AnnexPreset = keyof typeof ANNEX_PRESETS;
export const ANNEX_PRESET_NAMES = Object.keys(ANNEX_PRESETS) as AnnexPreset[];

export interface MinutesSignatureState {
  /** 1 for the first signature (the chair's), 2 for the next. */
  step: number;
  role: 'chair' | 'secretary';
  /** The signer's certificate subject, as written in it. */
  signer: string;
  signedAt: string;
  selfIssued: boolean;
}

export interface MinutesVersion {
  version: number;
  createdAt: string;
  createdBy: string | null;
  annexes: AnnexOptions;
  /** False: a PROJET. */
  locked: boolean;
  fingerprint: string;
  auditHead: { seq: number; hash: string } | null;
  pages: number;
  /** Size of the newest state's PDF (signed if signed). */
  bytes: number;
  signatures: MinutesSignatureState[];
}
