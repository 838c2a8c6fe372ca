// The diagnosis categories rules may assign. UNKNOWN is reserved for "no rule matched" and
// cannot be chosen by a rule, so a match always says something.

export const CATEGORIES = [
  'AUTHENTICATION',
  'DATABASE',
  'API',
  'PERFORMANCE',
  'INTEGRATION',
  'RESOURCE',
  'CONFIGURATION',
  'NETWORK',
] as const;

export type Category = (typeof CATEGORIES)[number];
export type DiagnosisCategory = Category | 'UNKNOWN';
