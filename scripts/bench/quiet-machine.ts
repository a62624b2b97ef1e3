// Other work on the machine skews wall times: how busy the whole machine is, and waiting until it
// is nearly idle before a stage starts.
import { readFileSync } from 'node:fs';

/** CPU time the whole machine has spent busy so far, in seconds (/proc/stat, USER_HZ = 100). */
export function machineBusySeconds(): number {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) / 100;
  } catch {
    return 0;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/**
 * Waits (up to `timeoutSeconds`) until the machine has been nearly idle (under a quarter of a core
 * busy) for three seconds running. Returns the seconds waited, and whether it was quiet by then.
 */
export async function waitForQuiet(timeoutSeconds: number): Promise<{ waited: number; quiet: boolean }> {
  const started = performance.now();
  let told = false;
  for (;;) {
    const before = machineBusySeconds();
    await sleep(3000);
    const busyCores = (machineBusySeconds() - before) / 3;
    const waited = (performance.now() - started) / 1000;
    if (busyCores < 0.25) return { waited, quiet: true };
    if (waited > timeoutSeconds) return { waited, quiet: false };
    if (!told) {
      process.stdout.write(`(machine busy: ${busyCores.toFixed(1)} cores in use by other processes; waiting) `);
      told = true;
    }
  }
}
