import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';

// ajv-formats is CommonJS: under Node's ESM interop its default export is the module object.
const addFormats: FormatsPlugin = addFormatsModule.default;

const schemaUrl = new URL('../contracts/graph/sendMail.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as {
  $schema: string;
  $defs: Record<string, unknown>;
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validateSendMail = ajv.compile(schema);
const validateMessage = ajv.compile({
  $schema: schema.$schema,
  $defs: schema.$defs,
  $ref: '#/$defs/microsoft.graph.message',
});

export type ContractCheck = { readonly ok: true } | { readonly ok: false; readonly errors: string };

const result = (valid: boolean, errors: typeof validateMessage.errors): ContractCheck =>
  valid ? { ok: true } : { ok: false, errors: ajv.errorsText(errors) };

/** The body of `POST /users/{id}/messages`: `$defs["microsoft.graph.message"]` of the Graph mail contract. */
export function checkMessageBody(body: unknown): ContractCheck {
  return result(validateMessage(body), validateMessage.errors);
}

/** The body of `POST /users/{id}/sendMail`. */
export function checkSendMailBody(body: unknown): ContractCheck {
  return result(validateSendMail(body), validateSendMail.errors);
}
