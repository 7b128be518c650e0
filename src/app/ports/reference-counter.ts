export interface ReferenceCounter {
  /** The next number (1, 2, ...) for this tenant, prefix and year; never handed out twice. */
  next(tenantId: string, prefix: string, year: number): Promise<number>;
}
