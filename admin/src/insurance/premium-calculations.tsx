import { Datagrid, DateInput, List, NumberField } from 'react-admin';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { ExporterField, PolicyField, PolicyInput } from '../common/references';

// Read-only, staff only: the premium a policy's period comes to, one row per exporter
// (premium_calculation in SQL). The list stays empty until policy and period are chosen.
const filters = [
  <PolicyInput key="policy_id" source="policy_id" alwaysOn />,
  <DateInput key="period_start" source="period_start" alwaysOn />,
  <DateInput key="period_end" source="period_end" alwaysOn />,
];

export const PremiumCalculationList = () => (
  <List filters={filters} sort={{ field: 'premium', order: 'DESC' }}>
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <PolicyField source="policy_id" sortable={false} />
      <ExporterField source="exporter_id" />
      <DateField source="period_start" sortable={false} />
      <DateField source="period_end" sortable={false} />
      <NumberField source="period_days" />
      <NumberField source="year_days" />
      <MoneyField source="insured_turnover" textAlign="right" />
      <MoneyField source="rate_premium" textAlign="right" />
      <MoneyField source="total_turnover" textAlign="right" />
      <MoneyField source="minimum_premium" textAlign="right" />
      <MoneyField source="total_premium" textAlign="right" />
      <MoneyField source="premium" textAlign="right" />
    </Datagrid>
  </List>
);

export const premiumCalculations = { list: PremiumCalculationList };
