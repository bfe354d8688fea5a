import { buildGraph, cycles, cyclicEdges, judge, mermaid, moduleOf } from './module-graph';

const file = (module: string, name: string) => `api/src/modules/${module}/${name}`;

describe('the module graph and its checks', () => {
  const imports = [
    { from: file('scenarios', 'scenarios.service.ts'), to: file('search', 'outbox.service.ts') },
    { from: file('search', 'search-sync.service.ts'), to: file('scenarios', 'scenario.entity.ts') },
    { from: file('solutions', 'solutions.service.ts'), to: file('scenarios', 'scenario-access.ts') },
    { from: file('solutions', 'solution.entity.ts'), to: file('scenarios', 'scenario.entity.ts') },
    { from: file('scenarios', 'scenario.entity.ts'), to: file('scenarios', 'scenario-rules.ts') },
    { from: 'api/src/app.module.ts', to: file('solutions', 'solutions.module.ts') },
  ];

  it('maps files to feature modules and collects module edges and foreign entity imports', () => {
    expect(moduleOf(file('audit', 'audit.service.ts'))).toBe('audit');
    expect(moduleOf('api/src/common/clock.ts')).toBeNull();
    const graph = buildGraph(imports);
    expect(graph.modules).toEqual(['scenarios', 'search', 'solutions']);
    expect([...graph.edges.get('solutions')!]).toEqual(['scenarios']);
    // An entity may reference another module's entity (relations); a service may not.
    expect(graph.foreignEntityImports).toEqual([
      `${file('search', 'search-sync.service.ts')} -> ${file('scenarios', 'scenario.entity.ts')}`,
    ]);
  });

  it('finds the cycles and the edges on them', () => {
    const graph = buildGraph(imports);
    expect(cycles(graph)).toEqual([['scenarios', 'search']]);
    expect(cyclicEdges(graph)).toEqual(['scenarios -> search', 'search -> scenarios']);
    expect(cycles(buildGraph(imports.filter((i) => !i.from.includes('search-sync'))))).toEqual([]);
  });

  it('fails on a new cycle or a new foreign entity import, and on known violations that are gone', () => {
    const graph = buildGraph(imports);
    const known = { cyclicEdges: cyclicEdges(graph), foreignEntityImports: graph.foreignEntityImports };
    expect(judge(graph, known)).toEqual({ added: [], resolved: [] });

    // A new module that closes a loop with solutions: every edge of the new cycle is reported.
    const worse = buildGraph([
      ...imports,
      { from: file('scenarios', 'scenario-fields.ts'), to: file('solutions', 'solution-rules.ts') },
      { from: file('files', 'attachments.service.ts'), to: file('solutions', 'solution.entity.ts') },
    ]);
    const verdict = judge(worse, known);
    expect(verdict.added).toEqual(
      expect.arrayContaining([
        'cycle: scenarios -> solutions',
        'cycle: solutions -> scenarios',
        `entity: ${file('files', 'attachments.service.ts')} -> ${file('solutions', 'solution.entity.ts')}`,
      ]),
    );
    expect(verdict.resolved).toEqual([]);

    // The search cycle is broken: the known list must shrink too.
    const better = buildGraph(imports.filter((i) => !i.from.includes('search-sync')));
    expect(judge(better, known).resolved).toEqual([
      'cycle: scenarios -> search',
      'cycle: search -> scenarios',
      `entity: ${file('search', 'search-sync.service.ts')} -> ${file('scenarios', 'scenario.entity.ts')}`,
    ]);
  });

  it('draws the graph in Mermaid with the cycle edges marked', () => {
    const drawing = mermaid(buildGraph(imports));
    expect(drawing.split('\n')).toEqual([
      'flowchart LR',
      '  scenarios -.-> search',
      '  search -.-> scenarios',
      '  solutions --> scenarios',
      '  linkStyle 0,1 stroke:#d4380d',
    ]);
  });
});
