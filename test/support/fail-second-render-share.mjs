// Loaded into every process of a test build with NODE_OPTIONS=--import: the second of two render
// processes fails as it starts, as one that ran out of memory would, so that a test can see what the
// build does with the other one and with the site it was to replace.
if (process.env.SITE_RENDER_SHARD === '1/2') {
  console.error('injected failure of render process 2 of 2');
  process.exit(70);
}
