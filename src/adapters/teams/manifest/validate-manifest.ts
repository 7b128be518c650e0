import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface AjvLike {
  compile(schema: unknown): ((data: unknown) => boolean) & {
    errors?: readonly { instancePath: string; message?: string; params?: unknown }[] | null;
  };
}
type AjvConstructor = new (options: { allErrors: boolean; strictTypes: boolean }) => AjvLike;

/**
 * Checks a Teams manifest against the schema its `$schema` names, offline, with the schema bundled in
 * @microsoft/app-manifest and the validator set up exactly as its `AppManifestUtils.validateAgainstSchema`
 * does (ajv-draft-04, allErrors, uri/email/regex formats). That function itself cannot be imported:
 * version 1.1.2 requires `fs-extra` at run time but declares it only as a dev dependency.
 */
export function manifestProblems(manifestJson: string): Promise<string[]> {
  const manifest = JSON.parse(manifestJson) as { $schema?: string };
  const version = /\/teams\/(v[\w.]+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema ?? '')?.[1];
  if (!version) return Promise.resolve(['$schema must name a Teams manifest schema']);
  const fromPackage = createRequire(
    createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'),
  );
  const schemaFile = fromPackage.resolve(`./build/json-schemas/teams/${version}/MicrosoftTeams.schema.json`);
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as unknown;
  const Ajv = (fromPackage('ajv-draft-04') as { default: AjvConstructor }).default;
  const addFormats = (fromPackage('ajv-formats') as { default: (ajv: AjvLike, formats: string[]) => void })
    .default;
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return Promise.resolve([]);
  return Promise.resolve(
    (validate.errors ?? []).map(
      (e) => `${e.instancePath} ${e.message ?? ''}. Details: ${JSON.stringify(e.params)}`,
    ),
  );
}
