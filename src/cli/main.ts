// Stub: to be implemented.
process.exitCode = 0;
