/**
 * Freezes an object graph so configuration cannot change after start-up. Byte buffers cannot be
 * frozen; they are only reachable through readonly types.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
