import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

// Types are read by shape, not with graphql's instanceof helpers: the schema may have been
// built by another copy of graphql (the CommonJS one, through @graphql-tools) than this module's.
interface AnyType {
  name?: string;
  ofType?: AnyType;
  getFields?: () => Record<string, AnyField>;
  getTypes?: () => AnyType[];
  toString(): string;
}
interface AnyField {
  type: AnyType;
  args: readonly { name: string; defaultValue?: unknown }[];
}
interface AnySchema {
  getType(name: string): AnyType | null | undefined;
  getQueryType(): AnyType | null | undefined;
  getMutationType(): AnyType | null | undefined;
  getSubscriptionType(): AnyType | null | undefined;
}

const namedOf = (t: AnyType): AnyType => (t.ofType ? namedOf(t.ofType) : t);
const isList = (t: AnyType): boolean => String(t).replace(/!$/, '').startsWith('[');
const isComposite = (t: AnyType): boolean => typeof t.getFields === 'function' || typeof t.getTypes === 'function';

/** Items a list without a `first` argument is assumed to hold (aliases, warnings, labels…). */
const UNARGUED_LIST = 20;
/** The largest page any list or connection gives (see MAX_LIST, MAX_FIRST). */
const LARGEST_PAGE = 500;

interface Walk {
  schema: AnySchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Page size of the connection whose `edges` come next. */
  page: number;
  depth: number;
}

function pageSize(node: FieldNode, field: AnyField, variables: Record<string, unknown>): number | undefined {
  const def = field.args.find((a) => a.name === 'first');
  if (!def) return undefined;
  const given = node.arguments?.find((a) => a.name.value === 'first')?.value;
  const value =
    given === undefined ? def.defaultValue : given.kind === Kind.INT ? Number(given.value) : given.kind === Kind.VARIABLE ? (variables[given.name.value] ?? def.defaultValue) : undefined;
  const n = typeof value === 'number' && Number.isFinite(value) ? value : LARGEST_PAGE;
  return Math.max(0, Math.min(n, LARGEST_PAGE));
}

function selectionCost(set: SelectionSetNode, parent: AnyType, w: Walk): number {
  if (w.depth > 32) return 0; // depth is limited before execution; this only stops fragment cycles
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) {
        total += 1;
        continue;
      }
      const field = parent.getFields?.()[sel.name.value];
      if (!field) continue;
      const named = namedOf(field.type);
      const list = isList(field.type);
      const page = pageSize(sel, field, w.variables);
      const connection = !list && page !== undefined && (named.name ?? '').endsWith('Connection');
      // A connection's size applies to its `edges`; a list's to itself.
      const times = list ? (sel.name.value === 'edges' ? w.page : page ?? UNARGUED_LIST) : 1;
      const child = sel.selectionSet && isComposite(named) ? selectionCost(sel.selectionSet, named, { ...w, page: connection ? page! : w.page, depth: w.depth + 1 }) : 0;
      total += times * (1 + child);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const on = sel.typeCondition ? w.schema.getType(sel.typeCondition.name.value) : parent;
      if (on && isComposite(on)) total += selectionCost(sel.selectionSet, on, { ...w, depth: w.depth + 1 });
    } else {
      const fragment = w.fragments.get(sel.name.value);
      const on = fragment ? w.schema.getType(fragment.typeCondition.name.value) : undefined;
      if (fragment && on && isComposite(on)) total += selectionCost(fragment.selectionSet, on, { ...w, depth: w.depth + 1 });
    }
  }
  return total;
}

/**
 * How many values an operation can return at most: every field counts one, times the
 * size of each list it sits in (its `first`, or the schema's default, at most the largest
 * page). A query for 20 aliases of 100 honours with all their awards and evidence counts
 * millions; a county page with its projects a few thousand.
 */
export function operationCost(anySchema: object, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string | null): number {
  const schema = anySchema as AnySchema;
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!op) return 0;
  const root = op.operation === 'mutation' ? schema.getMutationType() : op.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  return selectionCost(op.selectionSet, root, { schema, fragments, variables, page: UNARGUED_LIST, depth: 0 });
}

/** Lets `size` holders in at once; the others wait in order, up to a time limit. */
export class Gate {
  private inside = 0;
  private readonly waiting: { enter(): void; timer: NodeJS.Timeout }[] = [];
  constructor(private readonly size: number) {}

  /** Resolves true once inside, false when `timeoutMs` passed first. */
  enter(timeoutMs: number): Promise<boolean> {
    if (this.inside < this.size) {
      this.inside++;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const waiter = {
        enter: () => {
          clearTimeout(waiter.timer);
          resolve(true);
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          resolve(false);
        }, timeoutMs),
      };
      this.waiting.push(waiter);
    });
  }

  leave(): void {
    const next = this.waiting.shift();
    if (next) next.enter();
    else this.inside--;
  }
}
