// A small leveled logger writing one JSON line per event to stderr.
import type { Config } from './config';

/** Leveled logging for operators. */
export interface Logger {
  error(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
}

const ORDER = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 } as const;

/** Creates a logger that drops events below `level`. */
export function createLogger(level: Config['logLevel'], write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const at = (name: Exclude<Config['logLevel'], 'silent'>) => (message: string, fields?: Record<string, unknown>) => {
    if (ORDER[name] > ORDER[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: name, message, ...fields }));
  };
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
