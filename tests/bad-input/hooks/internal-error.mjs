// Test hook (loaded with `node --import`): a bug on purpose. The first JSON document landlink serialises for
// --json output throws, so the run ends in the CLI's internal-error path (exit 3) — which no bad input may reach.
const stringify = JSON.stringify;
JSON.stringify = function brokenStringify(value, ...rest) {
  if (value && typeof value === 'object' && ('counts' in value || 'province' in value)) throw new TypeError('landlink test hook: an injected bug');
  return stringify.call(this, value, ...rest);
};
