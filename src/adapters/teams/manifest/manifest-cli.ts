import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { manifestSettingsFromProcess } from '../../../config/bot-config.ts';
import { ConfigError } from '../../../config/config-error.ts';
import { buildAppPackage } from './build-app-package.ts';
import { manifestProblems } from './validate-manifest.ts';

/**
 * `npm run manifest`: fills manifest/manifest.json from the environment (PUBLIC_URL, BOT_ID,
 * TEAMS_MANIFEST_ID, TAB_ENTITY_ID, APP_VERSION, DEVELOPER_NAME, PRIVACY_URL, TERMS_URL), checks it
 * against the Teams schema offline and writes dist/app-package/{manifest.json,app-package.zip}.
 */
async function main(): Promise<void> {
  const root = join(import.meta.dirname, '..', '..', '..', '..');
  const settings = manifestSettingsFromProcess();
  const { manifest, zip } = buildAppPackage(root, settings);
  const problems = await manifestProblems(manifest);
  if (problems.length > 0)
    throw new Error(`The manifest does not match its schema:\n  ${problems.join('\n  ')}`);
  const out = join(root, 'dist', 'app-package', 'app-package.zip');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(join(dirname(out), 'manifest.json'), manifest);
  writeFileSync(out, zip);
  console.log(`Teams app package: ${out}`);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? `Cannot build the app package: ${error.message}` : error);
    process.exit(1);
  });
}
