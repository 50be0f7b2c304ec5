import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../db/connection';
import type { Job, JobDeps } from '../types';
import { LABELS, Language } from './labels';
import { reportWeek } from './queries';
import { writeWeeklyWorkbook } from './write-workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Exporter {
  id: number;
  name: string;
  language: Language;
  report_emails: string[];
}

const fileName = (exporter: Exporter, start: string) =>
  `${exporter.language === 'it' ? 'relazione-settimanale' : 'weekly-report'}-` +
  `${exporter.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${start}.xlsx`;

/** Writes, stores (one row per exporter and week) and, once, mails one exporter's report. */
async function reportFor(deps: JobDeps, exporter: Exporter, week: { start: string; end: string }) {
  const { db, mailer } = deps;
  const dir = deps.reportsDir ?? os.tmpdir();
  await fs.mkdir(dir, { recursive: true });
  const filename = fileName(exporter, week.start);
  const file = path.join(dir, filename);
  await writeWeeklyWorkbook(
    db,
    file,
    { exporterId: exporter.id, ...week },
    exporter.language,
    exporter.name,
  );
  const content = await fs.readFile(file);
  const [stored] = await db('reports')
    .insert({
      exporter_id: exporter.id,
      kind: 'weekly',
      period_start: week.start,
      period_end: week.end,
      language: exporter.language,
      filename,
      content,
      size_bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    })
    .onConflict(['exporter_id', 'kind', 'period_start', 'period_end'])
    .merge(['language', 'filename', 'content', 'size_bytes', 'sha256', 'created_at'])
    .returning(['id', 'mailed_at']);
  let mailed = false;
  if (mailer && exporter.report_emails.length > 0 && !stored.mailed_at) {
    const labels = LABELS[exporter.language];
    await mailer.send({
      to: exporter.report_emails,
      subject: `${labels.title} ${week.start} – ${week.end}: ${exporter.name}`,
      text: `${labels.title}, ${labels.week.toLowerCase()} ${week.start} – ${week.end}.`,
      attachments: [{ filename, content, contentType: XLSX }],
    });
    await db('reports')
      .where({ id: stored.id })
      .update({ mailed_at: db.fn.now(), mailed_to: exporter.report_emails });
    mailed = true;
  }
  return { reportId: stored.id as number, mailed };
}

async function exportersFor(db: Db, exporterId?: number): Promise<Exporter[]> {
  return db('exporters')
    .select('id', 'name', 'language', 'report_emails')
    .modify((q) => (exporterId ? q.where({ id: exporterId }) : q))
    .orderBy('id');
}

/**
 * The weekly report of every exporter (or one) for the week ending on the last Sunday on or
 * before the as-of date. A failure for one exporter is recorded and the others go on.
 */
export const weeklyReport: Job = async (deps) => {
  const week = await reportWeek(deps.db, deps.asOf);
  const counts = { reports: 0, mailed: 0, failed: 0 };
  const errors: string[] = [];
  for (const exporter of await exportersFor(deps.db, deps.exporterId)) {
    try {
      const { mailed } = await reportFor(deps, exporter, week);
      counts.reports += 1;
      if (mailed) counts.mailed += 1;
    } catch (error) {
      counts.failed += 1;
      errors.push(`${exporter.name}: ${(error as Error).message}`);
      deps.logger.error(
        { event: 'weekly-report.exporter-failed', exporterId: exporter.id, err: error },
        `weekly report for ${exporter.name} failed`,
      );
    }
  }
  return {
    counts,
    errors,
    summary:
      `weekly-report ${week.start} – ${week.end}: ${counts.reports} report(s), ` +
      `${counts.mailed} mailed, ${counts.failed} failed`,
  };
};
