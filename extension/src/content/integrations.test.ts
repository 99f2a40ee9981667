import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostFixtureDir } from '../../../tests/fixtures/load-host-fixture.ts';
import { calendarHostMatches } from '../../manifest.config.ts';
import { hostIntegrations, isCalendarHost } from './calendar-hosts.ts';
import { integrations } from './integrations.ts';

const dir = resolve(import.meta.dirname, 'integrations');
const files = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

describe('integration conventions', () => {
  it('registers every integration file once, named after its id', () => {
    expect(integrations.map((i) => `${i.id}.ts`).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s ends with a "Test fixtures" block naming saved pages that exist', (file) => {
    const source = readFileSync(resolve(dir, file), 'utf8');
    const block = source.slice(source.lastIndexOf('Test fixtures:'));
    const fixtures = [...block.matchAll(/tests\/fixtures\/hosts\/([\w.-]+\.html)/g)].map((m) => m[1] ?? '');
    expect(source.trimEnd().endsWith('*/')).toBe(true);
    expect(fixtures.length).toBeGreaterThan(0);
    for (const name of fixtures) expect(existsSync(resolve(hostFixtureDir, name)), name).toBe(true);
  });
});

describe('hosts', () => {
  it('the manifest runs the content script on exactly the hosts the host integrations declare', () => {
    const declared = hostIntegrations.flatMap((integration) => integration.hosts);
    expect(declared.length).toBeGreaterThan(0);
    expect(calendarHostMatches).toEqual(declared.map((host) => `https://${host}/*`));
    for (const integration of hostIntegrations) {
      expect(integrations).toContain(integration);
      for (const host of integration.hosts) {
        expect(integration.matches(new URL(`https://${host}/calendar`), {} as Document)).toBe(true);
        expect(isCalendarHost(new URL(`https://${host}/x`))).toBe(true);
      }
    }
    // Every integration that declares hosts is a host integration, so none is left out of the manifest.
    const withHosts = integrations.filter((i) => 'hosts' in i);
    expect(withHosts).toEqual([...hostIntegrations]);
    expect(isCalendarHost(new URL('https://intranet.example.org/'))).toBe(false);
  });
});
