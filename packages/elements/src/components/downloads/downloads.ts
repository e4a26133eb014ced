import { define } from '../../base/define.ts';
import { PorticoDownloads } from './downloads.component.ts';

define('portico-downloads', PorticoDownloads);

declare global {
  interface HTMLElementTagNameMap {
    'portico-downloads': PorticoDownloads;
  }
}

export { PorticoDownloads };
