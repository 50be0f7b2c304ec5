import { ExporterWorld, twoExporterWorlds } from '../helpers/exporter-world';
import { createTestApp, TestApp } from '../helpers/test-app';

let t: TestApp;
let mine: ExporterWorld;
let theirs: ExporterWorld;
beforeAll(async () => {
  t = await createTestApp();
  ({ mine, theirs } = await twoExporterWorlds(t.db));
});
afterAll(() => t.drop());

const download = (id: number | string) => `/api/reports/${id}/download`;

describe('downloading a report', () => {
  it('serves the stored workbook as an attachment named after the report', async () => {
    const asExporter = await t.loginAs('exporter', mine.exporter.id);
    const res = await asExporter
      .get(download(mine.report.id))
      .buffer(true)
      .parse((stream, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename=relazione-settimanale-${mine.exporter.id}.xlsx`,
    );
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect((res.body as Buffer).toString()).toBe(`weekly workbook of exporter ${mine.exporter.id}`);
  });

  it("answers 404 to an exporter user for another exporter's report, as for a missing one", async () => {
    const asExporter = await t.loginAs('exporter', mine.exporter.id);
    const other = await asExporter.get(download(theirs.report.id));
    const missing = await asExporter.get(download(2147483647));
    expect(other.status).toBe(404);
    expect(other.body).toEqual({
      message: `No reports record with id ${theirs.report.id}`,
      errors: {},
    });
    expect(missing.body).toEqual({ message: 'No reports record with id 2147483647', errors: {} });
    expect((await asExporter.get(download('abc'))).status).toBe(404);
  });

  it("lets staff download any exporter's report", async () => {
    const staff = await t.loginAs('staff');
    for (const report of [mine.report, theirs.report]) {
      expect((await staff.get(download(report.id))).status).toBe(200);
    }
  });
});
