import type { ReactNode } from 'react';
import {
  CreateButton,
  ExportButton,
  FilterButton,
  TopToolbar,
  useResourceDefinition,
} from 'react-admin';

/** A list's usual toolbar (filters, create, export) with the area's commands beside it. */
export function ListActions({ children }: { children: ReactNode }) {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {children}
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
}
