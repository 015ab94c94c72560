/** Types of scripts/electronegativity.js, for its test. */
export interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  sample: string;
  description: string;
}
export interface Exception {
  id: string;
  file: string;
  reason: string;
}
export const EXCEPTIONS_FILE: string;
export function scan(): Promise<{ parseErrors: unknown[]; findings: Finding[] }>;
export function compare(findings: readonly Pick<Finding, 'id' | 'file'>[], exceptions: readonly Exception[]): { unexpected: Finding[]; stale: Exception[] };
export function readExceptions(): Exception[];
