import { define } from '../../base/define.ts';
import { PorticoKnowledgeBase } from './knowledge-base.component.ts';

define('portico-knowledge-base', PorticoKnowledgeBase);

declare global {
  interface HTMLElementTagNameMap {
    'portico-knowledge-base': PorticoKnowledgeBase;
  }
}

export { PorticoKnowledgeBase };
