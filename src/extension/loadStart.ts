/**
 * When the bundle started loading: index.ts imports this module first, so its body runs before any other
 * module of the bundle (ESM evaluation order, kept by esbuild). VS Code counts loading the code as part of
 * activation, and so does the `activationMs` the extension reports.
 */
export const loadStarted = performance.now();
