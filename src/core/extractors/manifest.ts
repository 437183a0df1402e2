import semver from 'semver';
import { lockfileFor, manifestEntries, resolveEntry } from '../sdk/project';
import { SDK_PACKAGES } from '../sdk/packages';
import type { Extraction, SdkDependency } from '../types';
import type { ExtractContext } from './context';

/**
 * Reads a package.json: its dependencies on v1-era Unkey SDKs, each judged by the lockfile beside
 * it when one records the package (read through `context.project`), else by its range.
 */
export function extractManifest(text: string, context: ExtractContext): Extraction {
  const entries = manifestEntries(text);
  if (!entries) return { sites: [], keys: [], errors: ['package.json is not a JSON object'] };
  const lockfiles = entries.length && context.options.project && context.fileName ? lockfileFor(context.fileName, context.options.project) : [];
  const sdkDependencies: SdkDependency[] = [];
  for (const entry of entries) {
    const resolution = resolveEntry(entry, lockfiles);
    if (resolution?.major !== 'v1') continue;
    const sdk = SDK_PACKAGES.get(entry.name)!;
    sdkDependencies.push({
      name: entry.name,
      spec: entry.spec,
      locked: resolution.locked,
      line: lineOf(resolution.locked?.version ?? entry.spec) ?? sdk.line,
      target: sdk.target,
      range: entry.range,
      replace: { range: [entry.range[0] + 1, entry.range[1] - 1], text: sdk.target },
    });
  }
  return { sites: [], keys: [], errors: [], sdkDependencies };
}

/** `0.x` for a version or the lowest version a range admits. */
function lineOf(versionOrRange: string): string | undefined {
  try {
    const lowest = semver.minVersion(versionOrRange, { loose: true });
    return lowest ? `${lowest.major}.x` : undefined;
  } catch {
    return undefined;
  }
}
