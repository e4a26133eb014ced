import { define } from '../../base/define.ts';
import { PorticoPortalUsers } from './portal-users.component.ts';

define('portico-portal-users', PorticoPortalUsers);

declare global {
  interface HTMLElementTagNameMap {
    'portico-portal-users': PorticoPortalUsers;
  }
}

export { PorticoPortalUsers };
