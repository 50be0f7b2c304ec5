import { Admin, CustomRoutes, Resource, defaultTheme } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { i18nProvider } from './providers/i18n-provider';
import { Layout } from './layout/Layout';
import { Dashboard } from './dashboard/Dashboard';
import { ApplyPayment } from './cash/ApplyPayment';
import { BuildDeposit } from './cash/BuildDeposit';
import { ReferToAgency } from './collections/ReferToAgency';
import { ImportPage } from './data/ImportPage';
import { SCREENS } from './resources';

// A wider sidebar: the Italian menu labels are long ("Affidamenti alle agenzie").
const theme = { ...defaultTheme, sidebar: { width: 280, closedWidth: 50 } };

export const App = () => (
  <Admin
    title="Creditdesk"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    theme={theme}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  >
    {Object.entries(SCREENS).map(([name, screens]) => (
      <Resource key={name} name={name} {...screens} />
    ))}
    <CustomRoutes>
      <Route path="/payments/:id/apply" element={<ApplyPayment />} />
      <Route path="/deposits/build" element={<BuildDeposit />} />
      <Route path="/agency_referrals/refer" element={<ReferToAgency />} />
      <Route path="/imports" element={<ImportPage />} />
    </CustomRoutes>
  </Admin>
);
