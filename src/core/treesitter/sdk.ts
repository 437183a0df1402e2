// Root keys handed to an Unkey SDK in a tree-sitter language (unkey.py's `Unkey(root_key=…)`, the Go
// SDK's `unkey.WithSecurity(…)`), as the SdkKeyOption the key rules read.
import type { SdkKeyOption, TextEdit, Value } from '../types';
import { sourceRangeOf } from '../value';
import { field, rangeOf, type Node } from './nodes';

/** What the generated SDKs call with the key: every method, each its own endpoint. */
export const SDK_ENDPOINTS: readonly string[] = ['POST /v2/<group>.<method> for each method called (keys.verify_key → POST /v2/keys.verifyKey)'];

export interface SdkKeyInput {
  module: string;
  callee: string;
  option: string;
  value: Value;
  call: Node;
  reportNode: Node;
  /** The option's value node, when it is a literal written right there (then it may be replaced). */
  literal: Node | undefined;
  /** The option's value node (parentheses stripped): `"bearer " + key` loses the scheme and the `+` with it. */
  node?: Node;
  envEdit(envVarName: string, literal: Node): TextEdit | undefined;
}

export function sdkKeyOption(input: SdkKeyInput): SdkKeyOption {
  const option: SdkKeyOption = {
    module: input.module,
    callee: input.callee,
    option: input.option,
    endpoints: SDK_ENDPOINTS,
    value: input.value,
    range: rangeOf(input.call),
    reportRange: rangeOf(input.reportNode),
  };
  // The generated SDKs add "Bearer " themselves (unless the value starts with "bearer " in any case).
  option.dropPrefix = (length) => {
    const range = sourceRangeOf(input.value, 0, length);
    if (!range) return undefined;
    // `"bearer " + key` would become `"" + key`: the key alone (a string either way, or `+` would not compile).
    const node = input.node;
    const left = node && field(node, 'left');
    const right = node && field(node, 'right');
    const plus = (node?.type === 'binary_operator' || node?.type === 'binary_expression') && field(node, 'operator')?.text === '+';
    if (plus && left && right && /string/.test(left.type) && range[0] === left.startIndex + 1 && range[1] === left.endIndex - 1) return { range: rangeOf(node), text: right.text };
    return { range, text: '' };
  };
  const literal = input.literal;
  if (literal) option.replaceWithEnv = (envVarName) => input.envEdit(envVarName, literal);
  return option;
}
