import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addinBaseUrl,
  defaultAddinBaseUrl,
  renderAddinManifest,
} from '../../extension/outlook-addin-build.ts';
import { buildAddinPart } from './build-addin-part.ts';

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** fast-xml-parser's ordered output as a small tree: element order is what the schema checks. */
function toTree(xml: string): Node {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' });
  const convert = (entry: Record<string, unknown>): Node | undefined => {
    const name = Object.keys(entry).find((key) => key !== ':@');
    if (!name || name === '#text' || name === '?xml' || name === '#comment') return undefined;
    const raw = entry[name] as Record<string, unknown>[];
    const children = raw.map(convert).filter((n): n is Node => n !== undefined);
    const text = raw.map((c) => (c['#text'] === undefined ? '' : String(c['#text']))).join('');
    return { name, attrs: (entry[':@'] as Record<string, string>) ?? {}, children, text };
  };
  const roots = (parser.parse(xml) as Record<string, unknown>[]).map(convert).filter(Boolean) as Node[];
  return roots[0] as Node;
}

const all = (node: Node): Node[] => [node, ...node.children.flatMap(all)];
const child = (node: Node | undefined, name: string) => node?.children.find((c) => c.name === name);

// The MailApp sequence of Microsoft's OfficeApp schema (learn.microsoft.com/javascript/api/manifest/officeapp).
const schemaOrder = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'FormSettings',
  'Permissions',
  'Rule',
  'DisableEntityHighlighting',
  'Dictionary',
  'VersionOverrides',
];
const required = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'FormSettings',
  'Permissions',
  'Rule',
];

let files = new Map<string, string>();
let xml = '';
let root: Node;

beforeAll(async () => {
  files = new Map([
    ...(await buildAddinPart('outlook-addin')),
    ...(await buildAddinPart('outlook-addin-runtime')),
  ]);
  xml = files.get('manifest.xml') ?? '';
  root = toTree(xml);
});

describe('the Outlook add-in manifest', () => {
  it('is well-formed XML: a MailApp in the 1.1 namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(XMLValidator.validate(xml.replace('</Hosts>', ''))).not.toBe(true);
    expect(root.name).toBe('OfficeApp');
    expect(root.attrs['xsi:type']).toBe('MailApp');
    expect(root.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
  });

  it('has the required elements, in schema order', () => {
    const names = root.children.map((c) => c.name);
    for (const name of required) expect(names).toContain(name);
    const positions = names.map((name) => schemaOrder.indexOf(name));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('orders each VersionOverrides as its schema does, the V1_1 one last inside V1_0', () => {
    // mailappversionoverrides (1.0 and 1.1): Description?, Requirements?, Hosts, Resources?, VersionOverrides?
    const order = ['Description', 'Requirements', 'Hosts', 'Resources', 'VersionOverrides'];
    const outer = child(root, 'VersionOverrides') as Node;
    const inner = child(outer, 'VersionOverrides') as Node;
    for (const override of [outer, inner]) {
      const positions = override.children.map((c) => order.indexOf(c.name));
      expect(positions, override.attrs['xsi:type']).not.toContain(-1);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(override.children.map((c) => c.name)).toContain('Hosts');
    }
    expect(outer.children.at(-1)).toBe(inner);
    expect(inner.attrs.xmlns).toBe('http://schemas.microsoft.com/office/mailappversionoverrides/1.1');
  });

  it('asks for Mailbox 1.1 at least, ReadWriteItem, and appointments being edited', () => {
    const set = all(child(root, 'Requirements') as Node).find((n) => n.name === 'Set');
    expect(set?.attrs).toEqual({ Name: 'Mailbox', MinVersion: '1.1' });
    expect(child(root, 'Permissions')?.text).toBe('ReadWriteItem');
    const rules = all(child(root, 'Rule') as Node).filter((n) => n.attrs['xsi:type'] === 'ItemIs');
    expect(rules.map((r) => r.attrs)).toEqual([
      { 'xsi:type': 'ItemIs', ItemType: 'Appointment', FormType: 'Edit' },
    ]);
    expect(child(root, 'FormSettings')?.children[0]?.attrs['xsi:type']).toBe('ItemEdit');
  });

  it('speaks Danish by default, with Swedish and English overrides for every name and text', () => {
    expect(child(root, 'DefaultLocale')?.text).toBe('da-DK');
    const localized = all(root).filter(
      (n) =>
        ['DisplayName', 'Description', 'bt:String'].includes(n.name) && n.attrs.DefaultValue !== undefined,
    );
    expect(localized.length).toBeGreaterThan(5);
    for (const node of localized) {
      const locales = node.children.filter((c) => c.name.endsWith('Override')).map((c) => c.attrs.Locale);
      expect(locales, node.attrs.id ?? node.name).toEqual(['sv-SE', 'en-US']);
    }
    expect(child(root, 'Description')?.attrs.DefaultValue).toMatch(/netværksmøder/);
  });

  it('points every URL at HTTPS under the base URL, to unhashed files the build writes', () => {
    const urls = all(root).flatMap((n) =>
      n.attrs.DefaultValue?.includes('://') ? [n.attrs.DefaultValue] : [],
    );
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      expect(url.startsWith(defaultAddinBaseUrl), url).toBe(true);
      const file = url.slice(defaultAddinBaseUrl.length);
      expect(file).toMatch(/^[a-z]+(-\d+)?\.(html|js|png)$/);
      expect(files.has(file), file).toBe(true);
    }
  });

  it('has every icon at its size', () => {
    const size = (file: string) => {
      const png = Buffer.from(files.get(file) ?? '', 'latin1');
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    for (const n of [16, 32, 64, 80, 128]) expect(size(`icon-${n}.png`)).toEqual([n, n]);
    expect(child(root, 'IconUrl')?.attrs.DefaultValue).toBe(`${defaultAddinBaseUrl}icon-64.png`);
    expect(child(root, 'HighResolutionIconUrl')?.attrs.DefaultValue).toBe(
      `${defaultAddinBaseUrl}icon-128.png`,
    );
    for (const image of all(root).filter((n) => n.name === 'bt:Image' && n.attrs.id)) {
      const [, px] = /^Icon\.(\d+)x\1$/.exec(image.attrs.id ?? '') ?? [];
      expect(image.attrs.DefaultValue).toBe(`${defaultAddinBaseUrl}icon-${px}.png`);
    }
  });

  it('puts the button on the appointment organizer surface, and the launch events with their runtime in V1_1', () => {
    const overrides = all(root).filter((n) => n.name === 'VersionOverrides');
    expect(overrides.map((n) => n.attrs['xsi:type'])).toEqual([
      'VersionOverridesV1_0',
      'VersionOverridesV1_1',
    ]);
    for (const override of overrides) {
      const surface = all(override).find((n) => n.attrs['xsi:type'] === 'AppointmentOrganizerCommandSurface');
      const action = surface && all(surface).find((n) => n.attrs['xsi:type'] === 'ShowTaskpane');
      expect(child(action, 'SourceLocation')?.attrs.resid).toBe('Taskpane.Url');
      // Every resid names a resource of its own VersionOverrides.
      const own = override.children.find((n) => n.name === 'Resources') as Node;
      const ids = new Set(all(own).flatMap((n) => (n.attrs.id ? [n.attrs.id] : [])));
      const scope = override.children.filter((n) => n.name !== 'VersionOverrides').flatMap(all);
      for (const n of scope) if (n.attrs.resid) expect(ids.has(n.attrs.resid), n.attrs.resid).toBe(true);
    }
    const v11 = overrides[1] as Node;
    const events = all(v11).filter((n) => n.name === 'LaunchEvent');
    expect(events.map((e) => e.attrs.Type)).toEqual([
      'OnAppointmentTimeChanged',
      'OnAppointmentAttendeesChanged',
      'OnAppointmentSend',
    ]);
    expect(events.find((e) => e.attrs.Type === 'OnAppointmentSend')?.attrs.SendMode).toBe('PromptUser');
    const runtime = all(v11).find((n) => n.name === 'Runtime');
    expect(child(runtime, 'Override')?.attrs).toEqual({ type: 'javascript', resid: 'Runtime.Url' });
  });

  it('names only handlers the runtime associates', () => {
    const names = all(root).flatMap((n) => (n.attrs.FunctionName ? [n.attrs.FunctionName] : []));
    expect(names.length).toBe(3);
    const context = createContext({ setTimeout, clearTimeout, __officeStandInConfig: {} });
    runInContext(readFileSync(resolve(import.meta.dirname, 'office-stand-in.js'), 'utf8'), context);
    runInContext(files.get('launchevent.js') ?? '', context);
    const associated = (context as { __officeStandIn: { state: { associated: Map<string, unknown> } } })
      .__officeStandIn.state.associated;
    expect([...associated.keys()].sort()).toEqual([...names].sort());
  });

  it('takes its base URL from NETVERK_ADDIN_BASE_URL: HTTPS only, always ending in a slash', () => {
    expect(addinBaseUrl(undefined)).toBe(defaultAddinBaseUrl);
    expect(addinBaseUrl('https://apps.example.dk/netverk')).toBe('https://apps.example.dk/netverk/');
    expect(() => addinBaseUrl('http://apps.example.dk/')).toThrow(/https/);
    const template = readFileSync(
      resolve(import.meta.dirname, '../../extension/src/outlook-addin/manifest.xml'),
      'utf8',
    );
    const other = renderAddinManifest(template, 'https://apps.example.dk/a&b/');
    expect(XMLValidator.validate(other)).toBe(true);
    expect(other).not.toContain('{{');
    expect(other).toContain('https://apps.example.dk/a&amp;b/taskpane.html');
  });
});
