// Constants imported from another module of the project by a relative import (`import { API_URL }
// from "./config"`): the string a `export const API_URL = "…"` there holds, read through the host's
// ProjectFiles (the CLI: disk; the editor: open documents first). Only plain string literals count,
// and one level of re-export (`export { X } from "./y"`, `export * from "./y"`); anything computed
// stays unknown. Headers objects (`export const API_HEADERS = { Authorization: … }`) are read from the
// module's syntax tree: importedObject.
import { dirname } from '../sdk/project';
import type { ProjectFiles } from '../types';
import { Evaluator, unwrap, type RequestCalls } from './evaluator';
import { parseJs, type Node } from './parse';
import { collect, memberPath, type Scope } from './walk';

/** Past this a module is not read (generated bundles, data). */
const MAX_MODULE_CHARS = 512 * 1024;

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '/index.mjs'];

/** The string `name` is exported as from the module `source` imports, relative to `fileName`. */
export function importedString(fileName: string, project: ProjectFiles, source: string, name: string, requestCalls?: RequestCalls): string | undefined {
  const text = exportedString(fileName, project, source, name, 0);
  if (text !== undefined || !requestCalls) return text;
  // CommonJS (`module.exports = { API_URL: "…" }`, `exports.API_URL = "…"`): read from the syntax tree.
  const exported = exportedValue(fileName, project, source, name, requestCalls, 0);
  const node = exported && unwrap(exported.node);
  if (node?.type === 'StringLiteral') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked ?? undefined;
  return undefined;
}

function exportedString(fileName: string, project: ProjectFiles, source: string, name: string, depth: number): string | undefined {
  if (!/^\.\.?(?:\/|$)/.test(source) || depth > 1) return undefined;
  const found = readModule(fileName, project, source);
  if (!found) return undefined;
  const { path, text } = found;
  const escaped = name.replace(/\$/g, '\\$');
  // export const NAME = "…";  (a type annotation or `as const` may follow the name or the value)
  const direct = new RegExp(`(?:^|[\\n;])\\s*export\\s+const\\s+${escaped}\\s*(?::[^=\\n]+)?=\\s*(["'\`])([^"'\`\\\\$\\n]*)\\1\\s*(?:as\\s+const\\s*)?(?:;|\\n|$)`).exec(text);
  if (direct) return unique(text, escaped) ? direct[2] : undefined;
  // One level of re-export.
  const named = new RegExp(`export\\s*\\{[^}]*\\b${escaped}\\b[^}]*\\}\\s*from\\s*["']([^"']+)["']`).exec(text);
  if (named) return exportedString(path, project, named[1], name, depth + 1);
  for (const star of text.matchAll(/export\s*\*\s*from\s*["']([^"']+)["']/g)) {
    const value = exportedString(path, project, star[1], name, depth + 1);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** An object literal another module exports, with that module's evaluator to read its values. */
export interface ImportedObject {
  ev: Evaluator;
  node: Node;
  scope: Scope;
}

/** Parsed modules by path: many files import the same constants. The text decides whether a hit is current. */
const parsedModules = new Map<string, { text: string; module: ParsedModule | undefined }>();
const MAX_PARSED_MODULES = 32;

interface ParsedModule {
  ev: Evaluator;
  program: Node;
}

/**
 * The object literal `name` is exported as from the module `source` imports: `export const NAME = {…}`
 * or `const NAME = {…}; export { NAME }`, directly or through one re-export, or CommonJS's
 * `module.exports = { NAME }` / `exports.NAME = {…}`. Undefined when it is not such a literal, or when
 * the module does anything else with it (it might add to it).
 */
export function importedObject(fileName: string, project: ProjectFiles, source: string, name: string, requestCalls: RequestCalls): ImportedObject | undefined {
  const exported = exportedValue(fileName, project, source, name, requestCalls, 0);
  return exported && unwrap(exported.node).type === 'ObjectExpression' ? { ...exported, node: unwrap(exported.node) } : undefined;
}

/** The expression the module `source` exports as `name`, assigned once and used for nothing else there. */
function exportedValue(fileName: string, project: ProjectFiles, source: string, name: string, requestCalls: RequestCalls, depth: number): ImportedObject | undefined {
  if (!/^\.\.?(?:\/|$)/.test(source) || depth > 1) return undefined;
  const found = readModule(fileName, project, source);
  if (!found) return undefined;
  const module = parsedModule(found.path, found.text, requestCalls);
  if (!module) return undefined;
  const ev = module.ev;
  let local: string | undefined;
  /** CommonJS: the expression assigned to the export, and how many places assign it. */
  let assigned: Node | undefined;
  let assignments = 0;
  for (const statement of module.program.body as Node[]) {
    if (statement.type === 'ExportNamedDeclaration') {
      const declaration = statement.declaration as Node | null;
      if (declaration?.type === 'VariableDeclaration' && declaration.declarations.some((d: Node) => d.id.type === 'Identifier' && d.id.name === name)) local = name;
      for (const spec of (statement.specifiers ?? []) as Node[]) {
        if (spec.type !== 'ExportSpecifier' || exportedName(spec) !== name) continue;
        if (statement.source) return exportedValue(found.path, project, statement.source.value, spec.local.name, requestCalls, depth + 1);
        local = spec.local.name;
      }
    } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && statement.expression.operator === '=') {
      const { left, right } = statement.expression as { left: Node; right: Node };
      const target = memberPath(left);
      if (target === 'module.exports') {
        // `module.exports = { NAME: …, OTHER }` (a second one replaces it: counted).
        const object = unwrap(right);
        const prop = object.type === 'ObjectExpression' ? (object.properties as Node[]).find((p) => p.type === 'ObjectProperty' && ev.keyName(p, ev.collected.program) === name) : undefined;
        if (object.type !== 'ObjectExpression' || object.properties.some((p: Node) => p.type === 'SpreadElement')) assignments += 2;
        else if (prop) {
          assigned = prop.value;
          assignments++;
        }
      } else if (target === `exports.${name}` || target === `module.exports.${name}`) {
        assigned = right;
        assignments++;
      }
    }
  }
  if (local === undefined && assigned === undefined) {
    for (const statement of module.program.body as Node[]) {
      if (statement.type !== 'ExportAllDeclaration' || statement.exported) continue;
      const value = exportedValue(found.path, project, statement.source.value, name, requestCalls, depth + 1);
      if (value) return value;
    }
    return undefined;
  }
  if (local === undefined) {
    if (assignments !== 1 || !assigned) return undefined;
    // `module.exports = { API_HEADERS }`: the const it names, read only there.
    if (unwrap(assigned).type !== 'Identifier') return { ev, node: assigned, scope: ev.collected.program };
    local = unwrap(assigned).name as string;
  } else if (assignments > 0) return undefined;
  const binding = ev.collected.program.names?.get(local);
  if (binding?.kind !== 'const' || !binding.init) return undefined;
  // Read anywhere but where it is exported, the module may change it (`API_HEADERS.Authorization = …`).
  const exportRef = (ref: { node: Node; parent: Node }) =>
    ref.parent.type === 'ExportSpecifier' || (assigned !== undefined && (unwrap(assigned) === ref.node || (ref.parent.type === 'ObjectProperty' && ref.parent.value === assigned)));
  if (ev.referencesOf(binding).some((ref) => !exportRef(ref))) return undefined;
  return { ev, node: binding.init, scope: binding.scope };
}

function exportedName(spec: Node): string {
  return spec.exported.type === 'Identifier' ? spec.exported.name : spec.exported.value;
}

function parsedModule(path: string, text: string, requestCalls: RequestCalls): ParsedModule | undefined {
  const hit = parsedModules.get(path);
  if (hit && hit.text === text) return hit.module;
  let module: ParsedModule | undefined;
  try {
    const parsed = parseJs(text, { language: /\.[mc]?tsx?$/i.test(path) ? 'typescript' : 'javascript', fileName: path });
    // Only a module read whole and clean: after recovery, a second assignment may sit in the unread part.
    if (parsed.parts.length === 1 && parsed.errors.length === 0 && !parsed.tooDeep) {
      const program = parsed.parts[0].program;
      module = { ev: new Evaluator(text, collect(program, [], false, false, requestCalls.methods), requestCalls), program };
    }
  } catch {
    module = undefined;
  }
  if (parsedModules.size >= MAX_PARSED_MODULES) parsedModules.delete(parsedModules.keys().next().value as string);
  parsedModules.set(path, { text, module });
  return module;
}

/** The name is bound once in the module (no `let`, no second declaration or assignment). */
function unique(text: string, escaped: string): boolean {
  return (text.match(new RegExp(`(?<![\\w$.])${escaped}\\s*(?::[^=\\n]+)?=(?!=)`, 'g')) ?? []).length === 1;
}

function readModule(fileName: string, project: ProjectFiles, source: string): { path: string; text: string } | undefined {
  const dir = dirname(fileName);
  if (dir === undefined) return undefined;
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  // TypeScript ESM imports name the emitted file (`./config.js` for config.ts).
  const bases = [source, ...(/\.[mc]?js$/.test(source) ? [source.replace(/\.([mc]?)js$/, '.$1ts')] : [])];
  for (const base of bases) {
    for (const extension of EXTENSIONS) {
      const path = normalise(dir, base + extension, sep);
      let text: string | undefined;
      try {
        text = project.readFile(path);
      } catch {
        text = undefined;
      }
      if (text !== undefined) return text.length > MAX_MODULE_CHARS ? undefined : { path, text };
    }
  }
  return undefined;
}

/** `dir` joined with a relative path, `.` and `..` folded, in the file name's own separator. */
function normalise(dir: string, relative: string, sep: string): string {
  const parts = dir.split(/[\\/]/);
  for (const segment of relative.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') {
      if (parts.length > 1) parts.pop();
    } else parts.push(segment);
  }
  return parts.join(sep);
}
