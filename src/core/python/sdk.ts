// unkey.py, the Python SDK: `Unkey(root_key=…)` (also the older `bearer_auth=`), imported from `unkey`,
// `unkey.py`, `unkey.py.sdk` or the 1.x `unkey_py`.
import { sdkKeyOption } from '../treesitter/sdk';
import { field } from '../treesitter/nodes';
import type { SdkKeyOption } from '../types';
import { keywordArguments, type PyFile, unwrap } from './file';

const CONSTRUCTORS = new Set(['unkey.Unkey', 'unkey.py.Unkey', 'unkey.py.sdk.Unkey', 'unkey_py.Unkey']);
const OPTIONS = ['root_key', 'bearer_auth'];

export function pythonSdkKeys(file: PyFile): SdkKeyOption[] {
  if (!/\bunkey/.test(file.text)) return [];
  const out: SdkKeyOption[] = [];
  for (const call of file.calls) {
    const callee = file.callee(call);
    const qualified = callee && file.qualifyName(callee);
    if (!qualified || !CONSTRUCTORS.has(qualified)) continue;
    const keywords = keywordArguments(call);
    for (const name of OPTIONS) {
      const node = keywords.get(name);
      if (!node) continue;
      const literal = unwrap(node).type === 'string' ? unwrap(node) : undefined;
      out.push(
        sdkKeyOption({
          module: 'unkey.py',
          callee: `${callee}()`,
          option: name,
          value: file.value(node),
          call,
          reportNode: field(call, 'function') ?? call,
          literal,
          node: unwrap(node),
          envEdit: (envVarName, target) => file.withOsImport({ range: [target.startIndex, target.endIndex], text: file.envExpression(envVarName) }),
        }),
      );
    }
  }
  return out;
}
