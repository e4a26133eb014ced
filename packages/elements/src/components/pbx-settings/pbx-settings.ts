import { define } from '../../base/define.ts';
import { PorticoPbxSettings } from './pbx-settings.component.ts';

define('portico-pbx-settings', PorticoPbxSettings);

declare global {
  interface HTMLElementTagNameMap {
    'portico-pbx-settings': PorticoPbxSettings;
  }
}

export { PorticoPbxSettings };
