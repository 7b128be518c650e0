import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync, crc32 } from 'node:zlib';
import { buildAppPackage } from '../../src/adapters/teams/manifest/build-app-package.ts';
import { fillManifest, placeholderValues } from '../../src/adapters/teams/manifest/fill-manifest.ts';
import { manifestProblems } from '../../src/adapters/teams/manifest/validate-manifest.ts';
import { parseManifestSettings } from '../../src/config/bot-config.ts';
import { readPng } from './png-pixels.ts';

interface FilledManifest {
  readonly manifestVersion: string;
  readonly id: string;
  readonly version: string;
  readonly developer: { readonly name: string };
  readonly bots: readonly unknown[];
  readonly staticTabs: readonly unknown[];
  readonly validDomains: readonly string[];
  readonly webApplicationInfo: { readonly id: string; readonly resource: string };
}

const root = join(import.meta.dirname, '..', '..');
const template = readFileSync(join(root, 'manifest', 'manifest.json'), 'utf8');
const settings = parseManifestSettings({
  PUBLIC_URL: 'https://referrals.agency.example/',
  BOT_ID: '9d6b3d1e-2f4a-4c5b-8e7f-0a1b2c3d4e5f',
  AZURE_CLIENT_ID: '6c2d9e4f-1a3b-4c5d-9e8f-7a6b5c4d3e2f',
  TEAMS_MANIFEST_ID: '4b0f1a2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c',
  APP_VERSION: '1.2.3',
});

/** Reads back a ZIP's entries through its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const [method, crc, size, rawSize] = [
      zip.readUInt16LE(at + 10),
      zip.readUInt32LE(at + 16),
      zip.readUInt32LE(at + 20),
      zip.readUInt32LE(at + 24),
    ];
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(at + 42);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    expect(method).toBe(8);
    const data = inflateRawSync(zip.subarray(dataStart, dataStart + size));
    expect([name, data.length, crc32(data)]).toEqual([name, rawSize, crc]);
    files.set(name, data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

describe('the Teams app manifest', () => {
  it('matches the Teams schema it names, offline, once filled in for a deployment', async () => {
    const manifest = fillManifest(template, placeholderValues(settings));
    expect(await manifestProblems(manifest)).toEqual([]);
  });

  it('is a personal bot and a personal tab at {PUBLIC_URL}/tab on the service’s own domain', () => {
    const manifest = JSON.parse(fillManifest(template, placeholderValues(settings))) as FilledManifest;
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.id).toBe('4b0f1a2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c');
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: settings.botId, scopes: ['personal'] })]);
    expect(manifest.staticTabs[0]).toEqual(
      expect.objectContaining({
        entityId: 'workspace',
        // The hint tells the tab it is in a host, so it waits for Teams rather than starting on its own.
        contentUrl: 'https://referrals.agency.example/tab?inTeams=1',
        scopes: ['personal'],
      }),
    );
    expect(manifest.validDomains).toEqual(['referrals.agency.example']);
  });

  it('names the API app registration, so an admin can consent to the tab’s sign-in in the Teams admin centre', () => {
    const manifest = JSON.parse(fillManifest(template, placeholderValues(settings))) as FilledManifest;
    expect(manifest.webApplicationInfo).toEqual({
      id: '6c2d9e4f-1a3b-4c5d-9e8f-7a6b5c4d3e2f',
      resource: 'api://6c2d9e4f-1a3b-4c5d-9e8f-7a6b5c4d3e2f',
    });
  });

  it('uses only placeholders the builder fills, and the checker does catch a bad manifest', async () => {
    const names = [...template.matchAll(/\{\{([A-Z_]+)\}\}/g)].map((m) => m[1]);
    expect(names.every((name) => name && name in placeholderValues(settings))).toBe(true);
    expect(() => fillManifest('{"a":"{{NOT_A_SETTING}}"}', placeholderValues(settings))).toThrow(
      /NOT_A_SETTING/,
    );
    const broken = JSON.parse(fillManifest(template, placeholderValues(settings))) as Record<string, unknown>;
    delete broken.bots;
    broken.id = 'not-a-guid';
    expect(await manifestProblems(JSON.stringify(broken))).not.toEqual([]);
  });

  it('escapes setting values rather than letting them change the JSON', () => {
    const values = { ...placeholderValues(settings), DEVELOPER_NAME: 'A "quoted" \\ name' };
    const manifest = JSON.parse(fillManifest(template, values)) as FilledManifest;
    expect(manifest.developer.name).toBe('A "quoted" \\ name');
  });

  it('needs an https public address, the bot id and the API client id to build a package', () => {
    const apiClient = { AZURE_CLIENT_ID: settings.apiClientId };
    expect(() =>
      parseManifestSettings({ PUBLIC_URL: 'http://referrals.example', BOT_ID: settings.botId, ...apiClient }),
    ).toThrow(/PUBLIC_URL/);
    expect(() => parseManifestSettings({ PUBLIC_URL: 'https://referrals.example', ...apiClient })).toThrow(
      /BOT_ID/,
    );
    expect(() =>
      parseManifestSettings({ PUBLIC_URL: 'https://referrals.example', BOT_ID: settings.botId }),
    ).toThrow(/AZURE_CLIENT_ID/);
  });

  it('zips the manifest and both icons into the app package', () => {
    const { manifest, zip } = buildAppPackage(root, settings);
    const files = unzip(zip);
    expect([...files.keys()]).toEqual(['manifest.json', 'color.png', 'outline.png']);
    expect(files.get('manifest.json')?.toString('utf8')).toBe(manifest);
    expect(files.get('color.png')).toEqual(readFileSync(join(root, 'assets', 'color.png')));
    expect(buildAppPackage(root, settings).zip).toEqual(zip);
  });
});

describe('the app icons', () => {
  it('has a 192×192 colour icon', () => {
    const png = readPng(readFileSync(join(root, 'assets', 'color.png')));
    expect([png.width, png.height, png.colorType]).toEqual([192, 192, 6]);
    const centre = (96 * 192 + 96) * 4;
    expect(png.rgba[centre + 3]).toBe(255);
  });

  it('has a 32×32 outline icon that is only white on transparent', () => {
    const png = readPng(readFileSync(join(root, 'assets', 'outline.png')));
    expect([png.width, png.height, png.colorType]).toEqual([32, 32, 6]);
    let drawn = 0;
    for (let i = 0; i < png.rgba.length; i += 4) {
      const [r, g, b, a] = [png.rgba[i]!, png.rgba[i + 1]!, png.rgba[i + 2]!, png.rgba[i + 3]!];
      if (a === 0) continue;
      drawn++;
      expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(drawn).toBeGreaterThan(50);
    expect(png.rgba.filter((_, i) => i % 4 === 3 && png.rgba[i] === 0).length).toBeGreaterThan(500);
  });
});
