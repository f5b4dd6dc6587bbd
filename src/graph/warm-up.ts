import { extractText, loadGazetteer } from '../../loaders/index.ts';
import type { Executor } from './executor.ts';
import { isYoungGraph, writeReports, type GroupItem } from './write-report.ts';

/**
 * Neo4j plans a statement the first time it runs and keeps the plan per statement and per
 * size class of its list parameters (a group of 64 reports and a last group of 8 are two
 * plans). Planning the write statements takes seconds on a small machine, and a load paid
 * it inside its first groups, which made the first thousand reports of a new graph several
 * times slower than the rest. The services rehearse the writes when they open instead:
 * short reports with a fact of every kind, written in groups of the sizes loads use, each
 * in a transaction that is rolled back. On a Neo4j that has the plans this takes a moment.
 * (A load into a young graph also keeps its plans while the counts change: stablePlan.)
 */
export const REHEARSED_GROUPS = [64, 8, 1];

function rehearsal(i: number, county: string): string {
  return [
    `${county}2024年政府工作报告`,
    `2023年,全县实现地区生产总值${80 + i}.5亿元,增长5.2%。`,
    '坚持把电子信息、竹木加工作为主导产业。',
    `由湘岭科技有限公司投资的年产${500 + i}万套电子元件项目总投资5亿元,已开工建设;年产${20 + i}万吨竹木板材项目、${county}城东污水处理厂项目建成投产。`,
    `${county}被评为国家生态文明建设示范县。`,
  ].join('\n');
}

export async function warmWritePlans(executor: Executor, groups = REHEARSED_GROUPS): Promise<void> {
  const counties = loadGazetteer().counties.filter((c) => c.kind === '县');
  const step = Math.max(1, Math.floor(counties.length / 32));
  // The variant of the statements a load would use now (see writeReports).
  const stablePlans = await isYoungGraph(executor);
  for (const size of groups) {
    const items: GroupItem[] = Array.from({ length: size }, (_, i) => {
      const county = counties[(i * step) % counties.length]!.name;
      const x = extractText(rehearsal(i, county), `write-plan-rehearsal-${i}.txt`, { publishedAt: '2024-01-15' });
      return { x, options: { path: `/write-plan-rehearsal-${i}.txt`, loadedAt: new Date(0).toISOString(), extractorVersion: 'rehearsal', force: true, rehearse: true } };
    });
    await writeReports(executor, items, { stablePlans });
  }
  // Replacing a stored report runs the delete statement too; for an id no report has it changes nothing.
  await executor.write('report/delete', { reportId: 'write-plan-rehearsal' });
}
