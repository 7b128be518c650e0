import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

const element = (type) => ({ to: { element: { type } } });
const packages = (...sources) => ({ to: { module: { origin: 'external', source: sources } } });
const nodeBuiltins = { to: { module: { origin: 'core' } } };
const anyModule = { to: { module: { origin: ['external', 'core'] } } };

/**
 * Imports point inward: domain ← app ← adapters, web ← main (docs/ARCHITECTURE.md).
 * domain is pure (zod and date-holidays only); app never imports an adapter, web code or an SDK.
 */
export const importBoundaries = {
  files: ['src/**/*.ts', 'src/**/*.tsx'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': [
      { type: 'domain', pattern: 'src/domain' },
      { type: 'app', pattern: 'src/app' },
      { type: 'adapters', pattern: 'src/adapters' },
      { type: 'web', pattern: 'src/web' },
      { type: 'config', pattern: 'src/config' },
      { type: 'main', pattern: 'src/main.*', partialMatch: false },
      { type: 'main', pattern: 'src/composition' },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        checkAllOrigins: true,
        checkUnknownLocals: true,
        policies: [
          {
            from: { element: { type: 'domain' } },
            allow: [element('domain'), packages('zod', 'date-holidays')],
          },
          {
            from: { element: { type: 'config' } },
            allow: [element('config'), element('domain'), packages('zod'), nodeBuiltins],
          },
          {
            from: { element: { type: 'app' } },
            allow: [element('app'), element('domain'), element('config'), packages('zod')],
          },
          {
            from: { element: { type: 'adapters' } },
            allow: [element('adapters'), element('app'), element('domain'), element('config'), anyModule],
          },
          { from: { element: { type: 'web' } }, allow: [element('web'), element('domain'), anyModule] },
          {
            from: { element: { type: 'main' } },
            allow: [element('adapters'), element('app'), element('domain'), element('config'), anyModule],
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  importBoundaries,
);
