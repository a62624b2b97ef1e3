// Waiting in tests for what another process does in its own time (a killed build's render processes
// stopping, a detached process removing an old site): polled, with a bound, never a fixed sleep.

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `condition` holds; throws naming `what` when it has not within `ms`. */
export async function until(condition: () => boolean, what: string, ms = 120_000): Promise<void> {
  for (const started = Date.now(); !condition(); await pause(100)) {
    if (Date.now() - started > ms) throw new Error(`gave up waiting until ${what}`);
  }
}
