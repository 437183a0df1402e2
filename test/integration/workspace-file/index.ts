import { runSuites } from '../mochaEntry';

export function run(): Promise<void> {
  return runSuites(__dirname);
}
