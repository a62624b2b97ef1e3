// Preload (`node --import ./scripts/bench/reap-on-exit.ts scripts/build.ts …`): before the process
// exits on its own, wait until its child processes have been reaped (see children.ts), so that
// /usr/bin/time counts the Pagefind indexer's CPU time and memory in the whole build.
import { waitForChildren } from './children.ts';

let waited = false;
process.on('beforeExit', () => {
  if (waited) return;
  waited = true;
  void waitForChildren();
});
