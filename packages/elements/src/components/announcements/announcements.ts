import { define } from '../../base/define.ts';
import { PorticoAnnouncementItem } from './announcement-item.ts';
import { PorticoAnnouncements } from './announcements.component.ts';

define('portico-announcement-item', PorticoAnnouncementItem);
define('portico-announcements', PorticoAnnouncements);

declare global {
  interface HTMLElementTagNameMap {
    'portico-announcements': PorticoAnnouncements;
  }
}

export { PorticoAnnouncements };
