import { define } from '../../base/define.ts';
import { PorticoTopUpForm } from './top-up-form.component.ts';

define('portico-top-up-form', PorticoTopUpForm);

declare global {
  interface HTMLElementTagNameMap {
    'portico-top-up-form': PorticoTopUpForm;
  }
}

export { PorticoTopUpForm };
