/**
 * Files larger than this that mention Unkey are skipped (--max-file-size): generated bundles and data,
 * not hand-written requests. A larger file that never mentions Unkey is simply clean.
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** `8 MiB`, `512 KiB`, `1000 bytes`: a limit as people write it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
