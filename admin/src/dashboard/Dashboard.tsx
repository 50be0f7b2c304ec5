import type { ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Box, Card, CardContent, CardHeader } from '@mui/material';
import { AgingChart } from './AgingChart';
import { CurrencyFigures, useDashboardRows } from './CurrencyFigures';
import { Deadlines } from './Deadlines';
import { PostDatedChecks } from './PostDatedChecks';
import { ReviewQueue } from './ReviewQueue';
import { useDashboardScope } from './use-scope';

const Panel = ({
  title,
  children,
  wide,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Card sx={{ gridColumn: wide ? '1 / -1' : undefined }}>
      <CardHeader title={translate(title)} titleTypographyProps={{ variant: 'subtitle1' }} />
      <CardContent sx={{ pt: 0 }}>{children}</CardContent>
    </Card>
  );
};

export function Dashboard() {
  const translate = useTranslate();
  const { data: rows = [] } = useDashboardRows(useDashboardScope());
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
      <Title title={translate('cd.dashboard.title')} />
      <Panel title="cd.dashboard.figures" wide>
        <CurrencyFigures rows={rows} />
      </Panel>
      <Panel title="cd.dashboard.aging">
        <AgingChart rows={rows} />
      </Panel>
      <Panel title="cd.dashboard.deadlines">
        <Deadlines />
      </Panel>
      <Panel title="cd.dashboard.reviews">
        <ReviewQueue />
      </Panel>
      <Panel title="cd.dashboard.post_dated">
        <PostDatedChecks />
      </Panel>
    </Box>
  );
}
