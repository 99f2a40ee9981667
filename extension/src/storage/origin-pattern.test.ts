import { describe, expect, it } from 'vitest';
import { originPattern } from './origin-pattern.ts';

describe('originPattern', () => {
  it.each([
    ['https://intranet.example.org', 'https://intranet.example.org/*'],
    ['https://intranet.example.org/netvaerk/x?y=1', 'https://intranet.example.org/*'],
    ['intranet.example.org', 'https://intranet.example.org/*'],
    ['https://intra.example.org:8443/', 'https://intra.example.org:8443/*'],
  ])('%s → %s', (site, pattern) => {
    expect(originPattern(site)).toBe(pattern);
  });

  it.each(['http://intranet.example.org', 'javascript:alert(1)', 'https://', ''])('refuses %j', (site) => {
    expect(originPattern(site)).toBeUndefined();
  });
});
