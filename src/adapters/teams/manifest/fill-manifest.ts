import type { ManifestSettings } from '../../../config/bot-config.ts';

/** The placeholders manifest/manifest.json may use, from the deployment's settings. */
export function placeholderValues(settings: ManifestSettings): Readonly<Record<string, string>> {
  return {
    APP_VERSION: settings.version,
    TEAMS_MANIFEST_ID: settings.manifestId,
    BOT_ID: settings.botId,
    API_CLIENT_ID: settings.apiClientId,
    PUBLIC_URL: settings.publicUrl,
    PUBLIC_HOST: new URL(settings.publicUrl).host,
    TAB_ENTITY_ID: settings.tabEntityId,
    DEVELOPER_NAME: settings.developerName,
    PRIVACY_URL: settings.privacyUrl,
    TERMS_URL: settings.termsUrl,
  };
}

/**
 * Replaces every {{NAME}} in the template. Values are JSON-escaped (they sit inside JSON strings), an
 * unknown placeholder is an error, and the result must still be JSON.
 */
export function fillManifest(template: string, values: Readonly<Record<string, string>>): string {
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`manifest placeholder {{${name}}} has no value`);
    return JSON.stringify(value).slice(1, -1);
  });
  return `${JSON.stringify(JSON.parse(filled), null, 2)}\n`;
}
