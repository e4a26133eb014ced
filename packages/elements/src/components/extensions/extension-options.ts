import type { ClientCore, RequestOptions } from '@portico/sdk/core';
import { pbxRetrieve, pbxSettings, phoneLineList } from '@portico/sdk/telephony';
import type { ExtensionOptions } from './extension-draft.ts';

/** The phone lines, pickup groups and extension length the editor offers and checks against. */
export async function loadOptions(client: ClientCore, options: RequestOptions): Promise<ExtensionOptions> {
  const lines: ExtensionOptions['lines'] = [];
  const [settings, pbx] = await Promise.all([
    client.request(pbxSettings, {}, options),
    client.request(pbxRetrieve, {}, options),
    (async () => {
      let cursor: string | undefined;
      do {
        const page = await client.request(phoneLineList, { query: { limit: 100, cursor } }, options);
        lines.push(...page.data.map(({ id, number }) => ({ id, number })));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    })(),
  ]);
  return { extensionLength: settings.intercom.extensionLength, lines, pickupGroups: pbx.pickupGroups };
}
