/** Everything the CLI touches of the outside world, so `run` can be driven in-process by tests. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** The current time; `SOURCE_DATE_EPOCH` is applied by the caller of `run`. */
  now(): Date;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

export type ExitCode = 0 | 1 | 2;

/** Set when the reader of stdout went away (`slm … | head`): later output is dropped. */
let stdoutClosed = false;

export function closeStdout(): void {
  stdoutClosed = true;
}

export function processIo(): Io {
  return {
    stdout: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** The generation time of reports: `SOURCE_DATE_EPOCH` (seconds) when set, for reproducible output. */
export function generationTime(io: Io): Date {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return io.now();
}
