import { Kind, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

// Types are read by shape (see cost.ts): the schema may come from another copy of graphql.
interface AnyType {
  ofType?: AnyType;
  parseLiteral?: (node: unknown, variables?: Record<string, unknown> | null) => unknown;
}
export interface AnyField {
  args: readonly { name: string; type: AnyType; defaultValue?: unknown }[];
}

export interface Selection {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * The fields a set of selections asks for, by field name (aliases and repeats kept in
 * document order), fragments and inline fragments spread. Directives are not evaluated:
 * a field under `@include(if: false)` is counted as asked, which costs a read, never an answer.
 */
export function fieldsOf(sets: readonly (SelectionSetNode | undefined)[], s: Selection): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        const list = out.get(sel.name.value);
        if (list) list.push(sel);
        else out.set(sel.name.value, [sel]);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        // A fragment spread twice adds nothing new; spreading it once also stops cycles.
        seen.add(sel.name.value);
        walk(s.fragments[sel.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
  return out;
}

/** The sub-fields asked under every occurrence of some fields, merged. */
export const subfields = (nodes: readonly FieldNode[] | undefined, s: Selection) => fieldsOf((nodes ?? []).map((n) => n.selectionSet), s);

const namedOf = (t: AnyType): AnyType => (t.ofType ? namedOf(t.ofType) : t);

/** A field's argument values as its resolver receives them: variables, literals (enums as their internal values) and defaults. */
export function argumentsOf(field: AnyField, node: FieldNode, s: Selection): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const def of field.args) {
    const given = node.arguments?.find((a) => a.name.value === def.name)?.value;
    if (given?.kind === Kind.VARIABLE && given.name.value in s.variables) out[def.name] = s.variables[given.name.value];
    else if (given && given.kind !== Kind.VARIABLE) out[def.name] = given.kind === Kind.NULL ? null : namedOf(def.type).parseLiteral?.(given, s.variables);
    else if (def.defaultValue !== undefined) out[def.name] = def.defaultValue;
  }
  return out;
}

const askedNames = new WeakMap<OperationDefinitionNode, Set<string>>();

/**
 * Whether a field of this name is selected anywhere in the operation (its fragments
 * included), known once per parsed operation. A statement may leave out what no field of
 * the request can show (the aliases of every enterprise on a county page).
 */
export function operationAsks(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, name: string): boolean {
  let names = askedNames.get(operation);
  if (!names) {
    const found = new Set<string>();
    // Level by level through fieldsOf (validation has refused cycles of fragments).
    const walk = (sets: readonly (SelectionSetNode | undefined)[]) => {
      for (const [field, nodes] of fieldsOf(sets, { fragments, variables: {} })) {
        found.add(field);
        walk(nodes.map((n) => n.selectionSet));
      }
    };
    walk([operation.selectionSet]);
    askedNames.set(operation, (names = found));
  }
  return names.has(name);
}
