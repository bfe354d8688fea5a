import type { LoggerService } from '@nestjs/common';
import pino, { type Logger as PinoLogger } from 'pino';
import type { AppConfig } from '../../config/app-config';

/** Builds the process-wide structured logger (JSON lines, or pretty for local runs). */
export function createRootLogger(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FORMAT'>): PinoLogger {
  return pino({
    level: config.LOG_LEVEL,
    base: { service: 'scenebridge-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.masterKey', '*.apiKey'],
      censor: '[redacted]',
    },
    transport:
      config.LOG_FORMAT === 'pretty'
        ? {
            target: 'pino-pretty',
            options: {
              colorize: true,
              translateTime: 'SYS:HH:MM:ss',
              ignore: 'pid,hostname,service,context',
              singleLine: true,
              messageFormat: '{if context}[{context}] {end}{msg}',
            },
          }
        : undefined,
  });
}

/** Nest's LoggerService on top of pino, so framework and application logs share one format. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: PinoLogger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: pino.Level, message: unknown, rest: unknown[]): void {
    // Nest appends the logger's context last; error() may pass a stack (or a text) before it.
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const extra = typeof rest[0] === 'string' ? rest[0] : undefined;
    if (message instanceof Error) {
      this.logger[level]({ context, err: message }, extra ?? message.message);
    } else if (message !== null && typeof message === 'object') {
      this.logger[level]({ context, ...(message as object) }, extra);
    } else {
      this.logger[level]({ context, ...(extra ? { stack: extra } : {}) }, String(message));
    }
  }
}
