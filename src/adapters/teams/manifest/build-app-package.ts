import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestSettings } from '../../../config/bot-config.ts';
import { fillManifest, placeholderValues } from './fill-manifest.ts';
import { writeZip } from './zip-writer.ts';

export interface AppPackage {
  readonly manifest: string;
  readonly zip: Buffer;
}

/** The Teams app package: manifest/manifest.json filled in for this deployment, with the two icons. */
export function buildAppPackage(root: string, settings: ManifestSettings): AppPackage {
  const manifest = fillManifest(
    readFileSync(join(root, 'manifest', 'manifest.json'), 'utf8'),
    placeholderValues(settings),
  );
  const zip = writeZip([
    { name: 'manifest.json', data: Buffer.from(manifest, 'utf8') },
    { name: 'color.png', data: readFileSync(join(root, 'assets', 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(root, 'assets', 'outline.png')) },
  ]);
  return { manifest, zip };
}
