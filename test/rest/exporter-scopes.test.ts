import { defineResource } from '../../server/rest/define-resource';
import { parseListQuery } from '../../server/rest/parse-list-query';
import { ResourceService } from '../../server/rest/resource-service';
import type { RequestContext } from '../../server/rest/types';
import { exporterFixture, insert, policyFixture } from '../helpers/fixtures';
import { createTestDatabase, TestDatabase } from '../helpers/test-db';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const exporterUser = (exporterId: number | null): RequestContext => ({
  user: { id: 1, role: 'exporter', exporter_id: exporterId },
});
const staff: RequestContext = { user: { id: 2, role: 'staff', exporter_id: null } };

describe('exporter scopes in the generic layer', () => {
  it('hides a resource that declares no scope and has no exporter_id from exporter users', async () => {
    // A resource someone adds later without thinking of exporters.
    const addedLater = defineResource({
      name: 'insurer_contracts',
      source: 'policies',
      columns: { id: { type: 'id' }, policy_number: { type: 'string' } },
    });
    const policy = await policyFixture(t.db);
    const exporter = await exporterFixture(t.db);
    const service = new ResourceService(t.db, addedLater);
    const list = parseListQuery(addedLater, {});
    expect((await service.getList(list, staff)).total).toBeGreaterThan(0);
    expect(await service.getList(list, exporterUser(exporter.id))).toEqual({ rows: [], total: 0 });
    await expect(service.getOne(policy.id, exporterUser(exporter.id))).rejects.toMatchObject({
      status: 404,
    });
  });

  it('scopes a resource with an exporter_id column by it without being told', async () => {
    const notes = defineResource({
      name: 'exporter_notes',
      source: 'deposits',
      columns: { id: { type: 'id' }, exporter_id: { type: 'reference', references: 'exporters' } },
    });
    const [one, two] = [await exporterFixture(t.db), await exporterFixture(t.db)];
    const deposit = (exporter_id: number) =>
      insert(t.db, 'deposits', { exporter_id, bank_account: 'BNL 1', deposit_date: '2026-02-01' });
    const own = await deposit(one.id);
    await deposit(two.id);
    const { rows, total } = await new ResourceService(t.db, notes).getList(
      parseListQuery(notes, {}),
      exporterUser(one.id),
    );
    expect({ ids: rows.map((row) => row.id), total }).toEqual({ ids: [own.id], total: 1 });
  });

  it('shows nothing to an exporter user without an exporter, not the rows whose exporter is empty', async () => {
    const levels = defineResource({
      name: 'dunning_levels',
      source: 'dunning_levels',
      columns: { id: { type: 'id' }, exporter_id: { type: 'reference', references: 'exporters' } },
    });
    await insert(t.db, 'dunning_levels', {
      level: 9,
      offset_days: 30,
      channel: 'letter',
      name: 'Final',
    });
    const service = new ResourceService(t.db, levels);
    expect((await service.getList(parseListQuery(levels, {}), exporterUser(null))).total).toBe(0);
  });

  it('puts the scope inside the read query, as bindings', () => {
    const service = new ResourceService(
      t.db,
      defineResource({
        name: 'deductions',
        source: 'deductions',
        columns: {
          id: { type: 'id' },
          exporter_id: { type: 'reference', references: 'exporters' },
        },
      }),
    );
    const sql = service.readQuery(exporterUser(7)).select('deductions.id').toSQL();
    expect(sql.sql).toBe(
      'select "deductions"."id" from "deductions" AS "deductions" where "deductions"."exporter_id" = ?',
    );
    expect(sql.bindings).toEqual([7]);
  });
});
