import type { ReactNode } from 'react';
import { Datagrid, ReferenceManyField } from 'react-admin';
import { RefField } from './references';

interface Props {
  /** The join resource, e.g. claim_invoices. */
  through: string;
  /** Its column naming the parent being shown, e.g. claim_id. */
  target: string;
  /** Its column naming the linked record, and that record's resource. */
  source: string;
  reference: string;
  label?: string | false;
  children?: ReactNode;
}

/** The records a parent is linked to through a join table, on the parent's show page. */
export const JoinedRecords = ({ through, target, source, reference, label, children }: Props) => (
  <ReferenceManyField reference={through} target={target} label={label ?? `cd.plural.${through}`}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <RefField source={source} reference={reference} />
      {children}
    </Datagrid>
  </ReferenceManyField>
);
