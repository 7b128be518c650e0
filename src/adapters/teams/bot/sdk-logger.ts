import type { ILogger, ILoggerOptions, LogLevel } from '@microsoft/teams.common';
import type { Logger } from '../../logging/create-logger.ts';

const maxMessage = 160;

/**
 * The Teams SDK logs whole activities at debug level and response bodies on errors; activities can
 * carry what people typed. So only warnings and errors pass, and of those only the SDK's own text
 * (the first string argument, shortened) and error type names — never objects.
 */
export function sdkLogger(logger: Logger, name = 'teams-sdk'): ILogger {
  const write = (level: LogLevel, args: unknown[]) => {
    if (level !== 'warn' && level !== 'error') return;
    const text = typeof args[0] === 'string' ? args[0].replace(/[\r\n\t]/g, ' ').slice(0, maxMessage) : '';
    const errorNames = args.filter((a): a is Error => a instanceof Error).map((e) => e.name);
    logger[level]({ sdk: name, ...(errorNames.length ? { errorNames } : {}) }, text || 'teams sdk');
  };
  const self: ILogger = {
    loggerOptions: { level: 'warn' } satisfies ILoggerOptions,
    debug: () => undefined,
    info: () => undefined,
    trace: () => undefined,
    warn: (...args: unknown[]) => write('warn', args),
    error: (...args: unknown[]) => write('error', args),
    log: (level: LogLevel, ...args: unknown[]) => write(level, args),
    child: (child: string) => sdkLogger(logger, `${name}/${child}`),
  };
  return self;
}
