/**
 * Pure pieces behind the twenty-seventh session's fixes (test/corpus/46-wrong27.sql), each answer
 * PostgreSQL 15's.
 */
import { describe, expect, it } from 'vitest';
import { overlaps } from '../../pg/overlaps.js';

describe('overlaps', () => {
  it('decides with a NULL end where the other ends do (overlaps_timestamp)', () => {
    expect(overlaps('2024-01-01', null, '2023-01-01', '2024-06-01')).toBe(true);
    expect(overlaps(null, '2024-01-01', '2023-01-01', '2024-06-01')).toBe(true);
    expect(overlaps('2025-01-01', '2023-06-01', '2024-01-01', null)).toBe(true);
  });

  it('is NULL where the missing end would decide, or both ends of a pair are missing', () => {
    expect(overlaps('2024-01-01', null, '2024-02-01', '2024-06-01')).toBeNull();
    expect(overlaps('2023-01-01', null, '2023-01-01', '2024-06-01')).toBeNull();
    expect(overlaps('2023-01-01', '2023-06-01', '2024-01-01', null)).toBeNull();
    expect(overlaps(null, null, '2023-01-01', '2024-06-01')).toBeNull();
  });

  it('orders each pair and counts a shared start, not a shared end point', () => {
    expect(overlaps('2024-02-01', '2024-01-01', '2024-01-31', '2024-03-01')).toBe(true);
    expect(overlaps('2024-01-01', '2024-02-01', '2024-02-01', '2024-03-01')).toBe(false);
    expect(overlaps('2024-01-01', '2024-01-01', '2024-01-01', '2024-03-01')).toBe(true);
  });
});
