import { define } from '../../base/define.ts';
import { PorticoAnnouncements } from './announcements.component.ts';

define('portico-announcements', PorticoAnnouncements);

declare global {
  interface HTMLElementTagNameMap {
    'portico-announcements': PorticoAnnouncements;
  }
}

export { PorticoAnnouncements };
