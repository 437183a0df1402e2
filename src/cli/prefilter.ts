/** The substring most needles share: a file that lacks it needs only the few other needles looked for. */
const GATE = 'unkey';

/**
 * A byte test equal to `needles.some((needle) => bytes.includes(needle))`, in fewer passes over the
 * bytes: the needles that contain 'unkey' are looked for only where 'unkey' occurs, which most files
 * of a tree never say. Every file of a walk goes through it, so the passes add up.
 */
export function mentionsAny(needles: readonly string[]): (bytes: Buffer) => boolean {
  const gated = needles.filter((needle) => needle.includes(GATE)).map((needle) => Buffer.from(needle));
  const always = needles.filter((needle) => !needle.includes(GATE)).map((needle) => Buffer.from(needle));
  const gate = Buffer.from(GATE);
  return (bytes) => always.some((needle) => bytes.includes(needle)) || (gated.length > 0 && bytes.includes(gate) && gated.some((needle) => bytes.includes(needle)));
}
