/**
 * The API's feature modules as a graph (pure functions; `architecture.ts` feeds them the
 * imports that dependency-cruiser reads from the code): which module imports which, the
 * cycles among them, and imports of another module's entity.
 */

/** One import between two files of `api/src`. */
export interface FileImport {
  from: string;
  to: string;
}

export interface ModuleGraph {
  /** Every feature module (a folder under `api/src/modules/`). */
  modules: string[];
  /** `a -> b`: a file of module a imports a file of module b. */
  edges: Map<string, Set<string>>;
  /** `file -> entity file` where the entity belongs to another module and the importer is not an entity. */
  foreignEntityImports: string[];
}

/** What the checks compare against: violations known today, each to be removed, none to be added. */
export interface KnownViolations {
  cyclicEdges: string[];
  foreignEntityImports: string[];
}

const MODULE_PATH = /^api\/src\/modules\/([^/]+)\//;

export function moduleOf(file: string): string | null {
  return MODULE_PATH.exec(file)?.[1] ?? null;
}

export function buildGraph(imports: FileImport[]): ModuleGraph {
  const modules = new Set<string>();
  const edges = new Map<string, Set<string>>();
  const foreign = new Set<string>();
  for (const { from, to } of imports) {
    const a = moduleOf(from);
    const b = moduleOf(to);
    if (a) modules.add(a);
    if (b) modules.add(b);
    if (!a || !b || a === b) continue;
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a)!.add(b);
    if (to.endsWith('.entity.ts') && !from.endsWith('.entity.ts')) foreign.add(`${from} -> ${to}`);
  }
  return { modules: [...modules].sort(), edges, foreignEntityImports: [...foreign].sort() };
}

/** Strongly connected components with more than one module (Tarjan), each sorted. */
export function cycles(graph: ModuleGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.modules) if (!index.has(v)) visit(v);
  return found.sort((x, y) => y.length - x.length || x[0].localeCompare(y[0]));
}

/** The edges that lie on a cycle (both ends in the same component), as `a -> b`. */
export function cyclicEdges(graph: ModuleGraph): string[] {
  const componentOf = new Map<string, number>();
  cycles(graph).forEach((c, i) => c.forEach((m) => componentOf.set(m, i)));
  const out: string[] = [];
  for (const [a, targets] of graph.edges) {
    for (const b of targets) if (componentOf.has(a) && componentOf.get(a) === componentOf.get(b)) out.push(`${a} -> ${b}`);
  }
  return out.sort();
}

export interface Verdict {
  /** Violations that are not known: a new cycle edge or a new foreign entity import. */
  added: string[];
  /** Known violations that are gone: the known list must shrink with them. */
  resolved: string[];
}

export function judge(graph: ModuleGraph, known: KnownViolations): Verdict {
  const now = [...cyclicEdges(graph).map((e) => `cycle: ${e}`), ...graph.foreignEntityImports.map((e) => `entity: ${e}`)];
  const before = [...known.cyclicEdges.map((e) => `cycle: ${e}`), ...known.foreignEntityImports.map((e) => `entity: ${e}`)];
  const nowSet = new Set(now);
  const beforeSet = new Set(before);
  return { added: now.filter((v) => !beforeSet.has(v)), resolved: before.filter((v) => !nowSet.has(v)) };
}

/** The module graph as a Mermaid flowchart; edges on a cycle are drawn dashed and red. */
export function mermaid(graph: ModuleGraph): string {
  const onCycle = new Set(cyclicEdges(graph));
  const lines = ['flowchart LR'];
  const styles: number[] = [];
  let n = 0;
  for (const a of graph.modules) {
    for (const b of [...(graph.edges.get(a) ?? [])].sort()) {
      lines.push(`  ${a} ${onCycle.has(`${a} -> ${b}`) ? '-.->' : '-->'} ${b}`);
      if (onCycle.has(`${a} -> ${b}`)) styles.push(n);
      n++;
    }
  }
  if (styles.length) lines.push(`  linkStyle ${styles.join(',')} stroke:#d4380d`);
  return lines.join('\n');
}
