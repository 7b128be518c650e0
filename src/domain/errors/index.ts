export { errorCatalogue, errorCodes, type ErrorCode } from './error-codes.ts';
export { AppError, isAppError, type FieldError, type AppErrorOptions } from './app-error.ts';
export { echoableFieldName } from './field-name.ts';
