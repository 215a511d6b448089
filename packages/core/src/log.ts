/**
 * The engine never writes to stdout/stderr itself: callers (CLI, Action) decide where
 * messages go. Messages must never contain secrets; callers may additionally mask.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
};
