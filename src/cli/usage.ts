let usage = 'usage: homeostat <command> [options]\n';

export function setUsage(text: string): void {
  usage = text;
}

/** A usage mistake: the message, then the usage text, on stderr; exit code 2. */
export function usageError(message: string): number {
  process.stderr.write(`homeostat: ${message}\n\n${usage}`);
  return 2;
}
