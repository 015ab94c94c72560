/**
 * Test helper: the web shell's event stream (`GET /api/events`), read until its next `event: change`, whose JSON
 * data is returned. Opened before the write it is to hear, so that the event cannot pass before the reader exists.
 */
import type { WebServer } from '../../../main/web/webServer.ts';

export async function openChangeStream(web: WebServer): Promise<{ nextChange: () => Promise<unknown> }> {
  const events = await fetch(`${web.url.split('?')[0]}api/events?token=${web.token}`);
  const reader = events.body!.getReader();
  await reader.read(); // ": connected"
  return {
    async nextChange() {
      let text = '';
      while (!text.includes('event: change')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      await reader.cancel();
      const data = /event: change\ndata: (.*)\n/.exec(text)?.[1];
      if (data === undefined) throw new Error(`no change event in the stream: ${text}`);
      return JSON.parse(data) as unknown;
    },
  };
}
