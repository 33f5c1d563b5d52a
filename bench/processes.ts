/**
 * Child processes that say when they are ready (nats-server, `evsql replica`, `evsql start`), for
 * the cluster bench and the cluster test.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface Proc {
  proc: ChildProcess;
  /** What it printed on stdout and stderr, up to `keepBytes`. */
  out: string;
}

/**
 * Starts a process and waits until what it printed matches `ready`; fails if it exits first or
 * takes longer than `timeoutMs`. `keepBytes`: how much of its output to keep (a long bench run's
 * log is not needed; a test reads all of it).
 */
export function launch(cmd: string, args: string[], ready: RegExp, opts: { timeoutMs: number; keepBytes?: number }): Promise<Proc> {
  const keep = opts.keepBytes ?? Infinity;
  const proc = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const p: Proc = { proc, out: '' };
  const what = () => `${cmd} ${args.slice(0, 3).join(' ')}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what()} did not start:\n${p.out.slice(-4000)}`)), opts.timeoutMs);
    const take = (d: Buffer) => {
      if (p.out.length < keep) p.out += d;
      if (ready.test(p.out)) {
        clearTimeout(timer);
        resolve(p);
      }
    };
    proc.stdout!.on('data', take);
    proc.stderr!.on('data', take);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what()} exited with ${code}:\n${p.out.slice(-4000)}`));
    });
  });
}

/** Sends `signal` and resolves once the process is gone (at once if it is already). */
export function stop(p: Proc, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (p.proc.exitCode !== null || p.proc.signalCode !== null) return resolve();
    p.proc.once('exit', () => resolve());
    p.proc.kill(signal);
  });
}
