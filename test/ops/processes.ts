/**
 * @module processes
 * Starting `concord` commands as separate processes, the way a deployment runs them (the bin:
 * dist/ when built and current, else the sources through tsx), reading their output and
 * stopping them with a signal.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/build-state.js';

export const BIN = join(REPO_ROOT, 'bin', 'concord.js');

/** A running `concord` process and everything it has printed so far. */
export interface Running {
  readonly child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in stdout (rejects if the process exits first or after `ms`). */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpExecArray>;
  /** Sends the signal and resolves with the exit code (rejects after `ms`). */
  stop(signal?: NodeJS.Signals, ms?: number): Promise<number | null>;
}

/** Starts `concord ...args` with `env` added to this process's environment. */
export function startConcord(args: readonly string[], env: NodeJS.ProcessEnv): Running {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, cwd: REPO_ROOT });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    waitFor(pattern, ms = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`no ${pattern} within ${ms} ms:\n${out}\n${err}`)), ms);
        const check = () => {
          const m = pattern.exec(out);
          if (m) done(undefined, m);
        };
        const onExit = (code: number | null) =>
          done(new Error(`exited with ${code} before ${pattern}:\n${out}\n${err}`));
        const done = (error?: Error, m?: RegExpExecArray) => {
          clearTimeout(timer);
          child.stdout.off('data', check);
          child.off('exit', onExit);
          if (error) reject(error);
          else resolve(m as RegExpExecArray);
        };
        child.stdout.on('data', check);
        child.once('exit', onExit);
        check();
      });
    },
    async stop(signal = 'SIGTERM', ms = 20_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`still running ${ms} ms after ${signal}`));
        }, ms);
      });
      try {
        return await Promise.race([exited, late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** The JSON log lines of an output (other lines, like "Concord listening on …", are skipped). */
export function jsonLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
