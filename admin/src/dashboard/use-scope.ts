import { useGetIdentity } from 'react-admin';

/**
 * The dashboard's filter for the caller: an exporter user sees its own exporter's rows,
 * staff the all-exporters rows.
 */
export function useDashboardScope(): Record<string, unknown> | undefined {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return undefined;
  return identity?.exporter_id
    ? { exporter_id: identity.exporter_id, all_exporters: false }
    : { all_exporters: true };
}
