import { define } from '../../base/define.ts';
import { PorticoCallSummary } from './call-summary.component.ts';

define('portico-call-summary', PorticoCallSummary);

declare global {
  interface HTMLElementTagNameMap {
    'portico-call-summary': PorticoCallSummary;
  }
}

export { PorticoCallSummary };
