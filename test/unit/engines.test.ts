// The Node versions package.json declares are ones every installed package supports (npm ci prints no EBADENGINE).
import semver from 'semver';
import lock from '../../package-lock.json';
import pkg from '../../package.json';

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

const declared = pkg.engines.node;
const locked = Object.entries((lock as { packages: Record<string, LockedPackage> }).packages).filter(([at]) => at !== '');

it('declares a Node range that includes the Node running the tests', () => {
  expect(semver.satisfies(process.version, declared)).toBe(true);
});

it('every locked package that names the Node versions it runs on accepts all of the declared range', () => {
  const refusing = locked
    .map(([at, p]) => ({ at, node: Array.isArray(p.engines) ? undefined : p.engines?.node }))
    .filter((p): p is { at: string; node: string } => typeof p.node === 'string' && !semver.subset(declared, p.node));
  expect(refusing).toEqual([]);
  // The check can fail: a package that wants a newer Node than the range allows is caught.
  expect(semver.subset(declared, '>=22.15.0')).toBe(false);
});
