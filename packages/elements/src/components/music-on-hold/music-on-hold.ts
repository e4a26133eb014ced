import { define } from '../../base/define.ts';
import { PorticoMusicOnHold } from './music-on-hold.component.ts';

define('portico-music-on-hold', PorticoMusicOnHold);

declare global {
  interface HTMLElementTagNameMap {
    'portico-music-on-hold': PorticoMusicOnHold;
  }
}

export { PorticoMusicOnHold };
