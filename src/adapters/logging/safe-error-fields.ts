/**
 * What may be logged about an unexpected error: its type and where it happened. Not its message,
 * which can quote input (a database error may repeat the values it refused).
 */
export function safeErrorFields(error: unknown): { errorName: string; at: string[] } {
  if (!(error instanceof Error)) return { errorName: typeof error, at: [] };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 6)
    .map((line) => line.trim());
  return { errorName: error.name, at: frames };
}
