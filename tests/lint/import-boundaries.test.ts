import { describe, it, expect } from '@jest/globals';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
// @ts-expect-error the ESLint config is plain JavaScript without type declarations
import { importBoundaries } from '../../eslint.config.js';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, importBoundaries],
});

async function violations(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import boundaries', () => {
  it('lets the domain import only the domain, zod and date-holidays', async () => {
    const ok = `import { z } from 'zod';\nimport Holidays from 'date-holidays';\nimport { AppError } from './errors/index.ts';\nexport const x = [z, Holidays, AppError];\n`;
    expect(await violations('src/domain/probe.ts', ok)).toEqual([]);
  });

  it.each([
    ['an SDK', "import express from 'express';"],
    ['a Node built-in (I/O)', "import { readFileSync } from 'node:fs';"],
    ['the app layer', "import { assessCase } from '../app/assessments/assess-case.ts';"],
    ['an adapter', "import { jsonBody } from '../adapters/http/json-body.ts';"],
    ['config', "import { loadConfig } from '../config/app-config.ts';"],
  ])('fails when the domain imports %s', async (_what, importLine) => {
    expect(await violations('src/domain/probe.ts', `${importLine}\nexport {};\n`)).toEqual([
      expect.stringContaining('boundaries/dependencies'),
    ]);
  });

  it.each([
    ['an adapter', "import { jsonBody } from '../adapters/http/json-body.ts';"],
    ['web code', "import { TabApp } from '../web/tab/tab-app.tsx';"],
    ['an SDK', "import { jwtVerify } from 'jose';"],
    ['a database driver', "import pg from 'pg';"],
  ])('fails when the app layer imports %s', async (_what, importLine) => {
    expect(await violations('src/app/probe.ts', `${importLine}\nexport {};\n`)).toEqual([
      expect.stringContaining('boundaries/dependencies'),
    ]);
  });

  it('lets adapters use SDKs and inner layers', async () => {
    const source = `import express from 'express';\nimport { assessCase } from '../app/assessments/assess-case.ts';\nexport const x = [express, assessCase];\n`;
    expect(await violations('src/adapters/probe.ts', source)).toEqual([]);
  });
});
