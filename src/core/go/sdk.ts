// The Go SDK (github.com/unkeyed/sdks/api/go/v2, and the older unkey-go and sdks/golang):
// `unkey.New(unkey.WithSecurity(key))`.
import { sdkKeyOption } from '../treesitter/sdk';
import { field, type Node } from '../treesitter/nodes';
import type { SdkKeyOption } from '../types';
import { args, type GoFile, unwrap } from './file';

const MODULES = /^github\.com\/unkeyed\/(?:sdks\/api\/go(?:\/v\d+)?|unkey-go|unkey\/sdks\/golang)$/;

export function goSdkKeys(file: GoFile): SdkKeyOption[] {
  if (!file.text.includes('WithSecurity')) return [];
  const out: SdkKeyOption[] = [];
  for (const call of file.calls) {
    const name = file.qualify(field(call, 'function'));
    const dot = name?.lastIndexOf('.') ?? -1;
    if (!name || name.slice(dot + 1) !== 'WithSecurity' || !MODULES.test(name.slice(0, dot))) continue;
    const node = args(call)[0];
    if (!node) continue;
    const inner = unwrap(node);
    const literal = inner.type === 'interpreted_string_literal' || inner.type === 'raw_string_literal' ? inner : undefined;
    out.push(
      sdkKeyOption({
        module: name.slice(0, dot),
        // Named after the constructor it configures: `unkey.New()`.
        callee: `${constructorOf(call) ?? field(call, 'function')!.text}()`,
        option: 'WithSecurity',
        value: file.value(node),
        call,
        reportNode: field(call, 'function') ?? call,
        literal,
        node: inner,
        envEdit: (envVarName, target) => file.withOsImport({ range: [target.startIndex, target.endIndex], text: file.envExpression(envVarName) }),
      }),
    );
  }
  return out;
}

/** `unkey.New` when the option is one of its arguments. */
function constructorOf(option: Node): string | undefined {
  const call = option.parent?.parent;
  const fn = call?.type === 'call_expression' ? field(call, 'function') : undefined;
  return fn && /(?:^|\.)New$/.test(fn.text) ? fn.text : undefined;
}
