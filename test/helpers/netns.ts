/**
 * Machines on a network that a test can partition, made of Linux network namespaces (root only,
 * iproute2's `ip`): a bridge in a hub namespace; this process's namespace joined to it by a veth
 * pair (`hostIp`); and one namespace per machine, on the bridge with its own address. cut() takes
 * a machine's port on the bridge down: its packets vanish both ways, as in a real partition (no
 * reset, no refused connection); heal() brings it back. destroy() removes all of it, and runs at
 * exit too, should the test die first.
 */
import { spawnSync } from 'node:child_process';

function ip(args: string[]): void {
  const r = spawnSync('ip', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')}: ${r.error?.message ?? r.stderr.trim()}`);
}

/** Why namespaces cannot be made here (null: they can). */
export function netnsUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'not root';
  const probe = `evprobe${process.pid}`;
  try {
    ip(['netns', 'add', probe]);
    ip(['netns', 'del', probe]);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

export class NetnsLab {
  /** Short: interface names have at most 15 characters. */
  private readonly prefix = `ev${process.pid}`;
  /** A /24 unlikely to be in use here or by another run at the same time. */
  private readonly net = `10.${200 + (process.pid % 50)}.${Math.floor(Math.random() * 256)}`;
  readonly hostIp = `${this.net}.254`;
  private readonly machines = new Map<string, string>();
  private made = false;
  private readonly atExit = () => this.destroy();

  private get hub(): string {
    return `${this.prefix}h`;
  }

  /** The hub and this process's link to it. */
  create(): void {
    process.once('exit', this.atExit);
    this.made = true;
    ip(['netns', 'add', this.hub]);
    ip(['-n', this.hub, 'link', 'add', 'br0', 'type', 'bridge']);
    ip(['-n', this.hub, 'link', 'set', 'br0', 'up']);
    ip(['link', 'add', `${this.prefix}0`, 'type', 'veth', 'peer', 'name', `${this.prefix}0h`, 'netns', this.hub]);
    ip(['addr', 'add', `${this.hostIp}/24`, 'dev', `${this.prefix}0`]);
    ip(['link', 'set', `${this.prefix}0`, 'up']);
    ip(['-n', this.hub, 'link', 'set', `${this.prefix}0h`, 'master', 'br0', 'up']);
  }

  /** A machine: its namespace (returned) with loopback and one address on the bridge. */
  add(name: string): string {
    const ns = this.ns(name);
    const address = `${this.net}.${this.machines.size + 1}`;
    this.machines.set(name, address);
    ip(['netns', 'add', ns]);
    ip(['-n', ns, 'link', 'set', 'lo', 'up']);
    ip(['-n', ns, 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', `${ns}h`, 'netns', this.hub]);
    ip(['-n', ns, 'addr', 'add', `${address}/24`, 'dev', 'eth0']);
    ip(['-n', ns, 'link', 'set', 'eth0', 'up']);
    ip(['-n', this.hub, 'link', 'set', `${ns}h`, 'master', 'br0', 'up']);
    return ns;
  }

  ns(name: string): string {
    return `${this.prefix}${name}`;
  }

  address(name: string): string {
    return this.machines.get(name)!;
  }

  cut(name: string): void {
    ip(['-n', this.hub, 'link', 'set', `${this.ns(name)}h`, 'down']);
  }

  heal(name: string): void {
    ip(['-n', this.hub, 'link', 'set', `${this.ns(name)}h`, 'up']);
  }

  /** Removes the namespaces and links (their processes must be gone or going). Idempotent. */
  destroy(): void {
    if (!this.made) return;
    this.made = false;
    process.removeListener('exit', this.atExit);
    for (const args of [['link', 'del', `${this.prefix}0`], ...[...this.machines.keys()].map((m) => ['netns', 'del', this.ns(m)]), ['netns', 'del', this.hub]]) spawnSync('ip', args);
  }
}
