/** Runs an external benchmark tool (pgbench, sysbench), passing its progress lines through as they come. */
import { spawn } from 'node:child_process';

export interface ToolRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export class ToolError extends Error {}

export async function runTool(cmd: string, args: string[], opts: { onLine?: (line: string) => void; timeoutMs: number }): Promise<ToolRun> {
  const proc = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PGCONNECT_TIMEOUT: '10' } });
  let stdout = '';
  let stderr = '';
  const lines = (chunk: string, pending: { rest: string }) => {
    const parts = (pending.rest + chunk).split('\n');
    pending.rest = parts.pop()!;
    for (const l of parts) if (l.trim()) opts.onLine?.(l);
  };
  const outRest = { rest: '' };
  const errRest = { rest: '' };
  proc.stdout!.on('data', (d: Buffer) => {
    stdout += d;
    lines(d.toString(), outRest);
  });
  proc.stderr!.on('data', (d: Buffer) => {
    stderr += d;
    lines(d.toString(), errRest);
  });
  const timer = setTimeout(() => proc.kill('SIGKILL'), opts.timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    proc.once('error', reject);
    proc.once('close', (c) => resolve(c));
  }).finally(() => clearTimeout(timer));
  return { code, stdout, stderr };
}

/** Runs the tool and fails with its output when it exits non-zero. */
export async function mustRun(cmd: string, args: string[], opts: { onLine?: (line: string) => void; timeoutMs: number }): Promise<ToolRun> {
  const r = await runTool(cmd, args, opts);
  if (r.code !== 0) throw new ToolError(`${cmd} ${args.join(' ')} exited with ${r.code}:\n${(r.stderr || r.stdout).split('\n').slice(-15).join('\n')}`);
  return r;
}
