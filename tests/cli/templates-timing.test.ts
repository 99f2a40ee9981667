import { describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import { createFakeIo } from './fake-io.ts';

describe('netverk templates --format json', () => {
  it('lists the field walk as two sittings, 30 + 60 minutes', async () => {
    const fake = createFakeIo({});
    expect(await runCli(['templates', '--format', 'json', '--lang', 'en'], fake.io)).toBe(0);
    const rows = JSON.parse(fake.stdout()) as { id: string; minutes?: number; parts?: number[] }[];
    expect(rows.find((row) => row.id === 'field-walk')).toMatchObject({ minutes: 90, parts: [30, 60] });
    expect(rows.find((row) => row.id === 'theme-canvas')?.parts).toBeUndefined();
  });
});
