// The `unkey-lint-language-server` command: `--stdio` (also `--node-ipc`, `--socket=N`, as every
// vscode-languageserver server reads them from the command line).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import { startServer } from './server';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${version}\n`);
} else if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(?:stdio|node-ipc|socket|pipe)/.test(a))) {
  process.stdout.write('Usage: unkey-lint-language-server --stdio\n\nThe unkey-lint language server for editors that speak LSP (Neovim, Helix, Zed, JetBrains with LSP4IJ, Sublime LSP).\nSettings are read with workspace/configuration under the section "unkeyLint" (enable, hosts, envVarName, rules, languages, maxFileSize).\n');
  if (!args.includes('--help') && !args.includes('-h')) process.exitCode = 2;
} else {
  startServer(createConnection(ProposedFeatures.all));
}
