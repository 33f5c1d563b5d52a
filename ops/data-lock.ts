/**
 * One server per data directory, as PostgreSQL's postmaster.pid ensures: two servers on the same
 * replica files would both accept writes and the replicas would diverge. The lock is a file
 * created exclusively, holding the owner's pid; a file left by a process that no longer runs (or
 * whose pid now belongs to something that is not evsql) is stale and taken over.
 */
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'evsql.pid';

/** A data directory that cannot be used at all: a bad --data, reported as a usage error. */
export class DataDirError extends Error {}

/** Another live server holds the data directory. */
export class DataDirLocked extends Error {
  constructor(readonly dir: string, readonly holder: number) {
    super(`data directory "${dir}" is in use by another evsql server (pid ${holder}); lock file ${join(dir, LOCK_FILE)}`);
  }
}

/** Creates `dir` if needed and checks it is a writable directory. */
export function prepareDataDir(dir: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new DataDirError(`data directory "${dir}" is not a directory`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new DataDirError(`cannot create data directory "${dir}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch {
    throw new DataDirError(`data directory "${dir}" is not writable`);
  }
}

/**
 * Takes the data directory's lock for this process, or throws DataDirLocked naming the holder.
 * Returns the release function (also run at process exit): it removes the file only if it still
 * names this process.
 */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
      const holder = readHolder(path);
      if (holder !== null && isLiveEvsql(holder)) throw new DataDirLocked(dir, holder);
      removeIfHeldBy(path, holder);
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      removeIfHeldBy(path, process.pid);
      process.off('exit', release);
    };
    process.on('exit', release);
    return release;
  }
}

/** The pid in a lock file; null when the file is empty or garbled (a crash while writing it). */
function readHolder(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim().split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function removeIfHeldBy(path: string, pid: number | null): void {
  if (readHolder(path) !== pid) return;
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/**
 * Whether `pid` is a running evsql. Our own pid (a container restarted with the same pid) is not
 * another server. Where /proc is readable, a live pid whose command line does not mention evsql
 * was reused after a crash.
 */
function isLiveEvsql(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('evsql');
  } catch {
    return true;
  }
}
