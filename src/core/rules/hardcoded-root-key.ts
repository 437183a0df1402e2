import { isPlaceholderKey } from '../keyShape';
import { maskKey } from '../mask';
import type { FileEdit, KeyLiteral, Suggestion } from '../types';
import { defineRule, type RuleContext } from './rule';


export const hardcodedRootKey = defineRule({
  id: 'hardcoded-root-key',
  defaultSeverity: 'warning',
  description: 'A root key is written in the source, or sits in a .env file that git does not ignore; read it from an environment variable.',
  fixable: false,
  hasSuggestions: true,
  check(extraction, context) {
    for (const key of extraction.keys) {
      if (isPlaceholderKey(key.key)) continue;
      if (context.language === 'dotenv') reportDotenv(key, context);
      else reportSource(key, context);
    }
  },
});

function reportSource(key: KeyLiteral, context: RuleContext): void {
  const name = context.options.envVarName;
  const suggestions: Suggestion[] = [];
  const fix = key.replaceWithEnv?.(name);
  if (fix) {
    suggestions.push({ desc: `Read the key from ${name}`, fix });
    // Moving the value keeps it: the code reads it from .env, and git is told to ignore that file.
    const files: FileEdit[] = [{ kind: 'dotenv', name, value: key.key }];
    suggestions.push({ desc: `Move the key into .env as ${name} and read it from there`, fix, files });
  }
  context.report({
    message: `Root key ${maskKey(key.key)} is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the ${name} environment variable instead.`,
    range: key.range,
    ...(suggestions.length && { suggestions }),
  });
}

/** A .env file is where a key belongs, as long as git ignores it. */
function reportDotenv(key: KeyLiteral, context: RuleContext): void {
  const git = context.facts.git;
  // Ignored, or not in a repository (or unknown): nothing is committed.
  if (git !== 'tracked' && git !== 'untracked') return;
  const base = context.fileName.replace(/\\/g, '/').split('/').pop() || '.env';
  const masked = maskKey(key.key);
  const message = git === 'tracked'
    ? `Root key ${masked} is committed: git tracks ${base}, so everyone with the repository has the key. Rotate it, stop tracking the file (git rm --cached ${base}) and add it to .gitignore.`
    : `Root key ${masked} is in ${base}, which git does not ignore: the next "git add ." commits it. Add ${base} to .gitignore (and rotate the key if it was ever pushed).`;
  context.report({
    message,
    range: key.range,
    severity: 'error',
    // The key stays where it is; only git is told to leave the file alone.
    suggestions: [{ desc: `Add ${base} to .gitignore`, fix: { range: [key.range[0], key.range[0]], text: '' }, files: [{ kind: 'gitignore', path: base }] }],
  });
}
