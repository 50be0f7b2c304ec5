import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import { ListSubheader } from '@mui/material';
import UploadFile from '@mui/icons-material/UploadFile';
import { MENU_AREAS, STAFF_ONLY_RESOURCES } from '../menu-areas';

/** The sidebar, grouped by business area; exporter users do not see the system area. */
export function Menu() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText="cd.menu.dashboard" />
      {MENU_AREAS.filter((area) => permissions !== 'exporter' || !area.staffOnly).map((area) => (
        <div key={area.name}>
          <ListSubheader disableSticky sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
            {translate(`cd.menu.${area.name}`)}
          </ListSubheader>
          {area.resources
            .filter((name) => permissions !== 'exporter' || !STAFF_ONLY_RESOURCES.includes(name))
            .map((resource) => (
              <RaMenu.ResourceItem key={resource} name={resource} />
            ))}
          {area.pages?.map((page) => (
            <RaMenu.Item
              key={page}
              to={`/${page}`}
              primaryText={`cd.menu.${page}`}
              leftIcon={<UploadFile />}
            />
          ))}
        </div>
      ))}
    </RaMenu>
  );
}
