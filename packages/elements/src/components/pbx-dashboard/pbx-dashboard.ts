import { define } from '../../base/define.ts';
import { PorticoPbxDashboard } from './pbx-dashboard.component.ts';

define('portico-pbx-dashboard', PorticoPbxDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'portico-pbx-dashboard': PorticoPbxDashboard;
  }
}

export { PorticoPbxDashboard };
