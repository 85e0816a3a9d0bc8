/**
 * @module logger
 * The one logger interface of the server and workers: a line per event, JSON (one object a
 * line, for log collectors) or readable text (a terminal, or `CONCORD_LOG=pretty`). Fields go
 * through `safeFields` first, so what must never reach a log (passwords, cookies, tokens,
 * document text) is dropped by name wherever it comes from.
 */
import { safeFields, type LogFields } from './safe-fields.ts';

export type { LogFields };

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What code logs through. `child` adds fixed fields (a request id, a job id) to every line. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(bindings: LogFields): Logger;
}

export type LogFormat = 'json' | 'pretty' | 'off';

export interface LoggerOptions {
  readonly format?: LogFormat;
  /** Lines below this level are dropped (default info). */
  readonly level?: LogLevel;
  /** Where a finished line goes (default standard output). */
  readonly write?: (line: string) => void;
  readonly now?: () => Date;
}

/**
 * A logger; by default configured from the environment (`loggerOptionsFromEnv`).
 * @example createLogger({ format: 'json' }).info('request', { status: 200 })
 */
export function createLogger(options: LoggerOptions = loggerOptionsFromEnv()): Logger {
  const {
    format = 'json',
    level = 'info',
    write = (line) => process.stdout.write(line),
    now = () => new Date(),
  } = options;
  const threshold = LOG_LEVELS.indexOf(level);
  const make = (bindings: LogFields): Logger => {
    const emit =
      (at: LogLevel) =>
      (message: string, fields: LogFields = {}) => {
        if (format === 'off' || LOG_LEVELS.indexOf(at) < threshold) return;
        const entry = { time: now().toISOString(), level: at, msg: message, ...safeFields({ ...bindings, ...fields }) };
        write(`${format === 'pretty' ? prettyLine(entry) : JSON.stringify(entry)}\n`);
      };
    return {
      debug: emit('debug'),
      info: emit('info'),
      warn: emit('warn'),
      error: emit('error'),
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return make({});
}

/** A logger that writes nothing (tests, library use). */
export const silentLogger: Logger = createLogger({ format: 'off' });

/**
 * `CONCORD_LOG` = json | pretty | off (default: pretty on a terminal, else json) and
 * `CONCORD_LOG_LEVEL` = debug | info | warn | error (default info).
 */
export function loggerOptionsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  isTty: boolean = process.stdout.isTTY === true,
): LoggerOptions {
  const format = env.CONCORD_LOG?.toLowerCase();
  const level = env.CONCORD_LOG_LEVEL?.toLowerCase();
  return {
    format: format === 'json' || format === 'pretty' || format === 'off' ? format : isTty ? 'pretty' : 'json',
    level: LOG_LEVELS.includes(level as LogLevel) ? (level as LogLevel) : 'info',
  };
}

/** `12:00:01.234 INFO  request method=GET path=/ status=200 durationMs=3`: for people reading a terminal. */
function prettyLine({ time, level, msg, ...rest }: { time: string; level: string; msg: string }): string {
  const pairs = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return [time.slice(11, 23), level.toUpperCase().padEnd(5), msg, ...pairs].join(' ');
}
