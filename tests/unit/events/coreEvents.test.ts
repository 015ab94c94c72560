/** The core's push channel: writes of one tick are announced once, after they happened, with every topic named. */
import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../common/api/events.ts';
import { contract, methodNames } from '../../../common/api/contract.ts';
import { isTopic } from '../../../common/api/topics.ts';
import { CoreEvents } from '../../../main/events/coreEvents.ts';

const nextTick = () => new Promise((resolve) => setImmediate(resolve));

describe('CoreEvents', () => {
  it('groups the changes of one tick into one announcement with the union of their topics', async () => {
    const events = new CoreEvents();
    const heard: CoreEvent[] = [];
    events.listen((e) => heard.push(e));
    events.changed(['scores']);
    events.changed(['scores', 'conflicts']);
    events.changed(['grid']);
    expect(heard).toEqual([]);
    await nextTick();
    expect(heard).toHaveLength(1);
    expect(heard[0]).toEqual({ kind: 'change', change: { topics: ['scores', 'conflicts', 'grid'], origin: 'self' } });
    events.changed(['dossiers']);
    await nextTick();
    expect(heard).toHaveLength(2);
  });

  it('reports a burst that includes another process as external, and says nothing for no topic', async () => {
    const events = new CoreEvents();
    const heard: CoreEvent[] = [];
    events.listen((e) => heard.push(e));
    events.changed([]);
    await nextTick();
    expect(heard).toEqual([]);
    events.changed(['scores']);
    events.changed(['grid'], 'external');
    await nextTick();
    expect(heard).toEqual([{ kind: 'change', change: { topics: ['scores', 'grid'], origin: 'external' } }]);
  });

  it('keeps telling the other listeners when one fails, and stops telling one that left', async () => {
    const events = new CoreEvents();
    const heard: string[] = [];
    events.listen(() => {
      throw new Error('window closed');
    });
    const leave = events.listen(() => heard.push('b'));
    const original = console.error;
    console.error = () => undefined;
    try {
      events.progress({ task: 'import', done: 1, total: 2 });
      expect(heard).toEqual(['b']);
      leave();
      events.progress({ task: 'import', done: 2, total: 2 });
      expect(heard).toEqual(['b']);
    } finally {
      console.error = original;
    }
  });
});

/** Methods that write a file for the user outside the session file, and nothing in it: no view has to refetch. */
const WRITES_OUTSIDE_THE_SESSION = new Set<string>(['minutesCertificateCreate']);

describe('the contract', () => {
  it('declares known topics only, and every method whose name says it writes declares what it writes', () => {
    for (const name of methodNames) {
      for (const topic of contract[name].writes) expect(isTopic(topic), `${name}: ${topic}`).toBe(true);
      // A write-shaped method that writes nothing of the session must be named here, with its reason.
      if (/(Set|Clear|Create|Open|Save|Run|Withdraw|AcknowledgeChanges|MarkComplete)$/.test(name) && !WRITES_OUTSIDE_THE_SESSION.has(name)) {
        expect(contract[name].writes.length, `${name} writes nothing?`).toBeGreaterThan(0);
      }
    }
  });

  it('declares no write for a read', () => {
    for (const name of ['dossiersList', 'ranking', 'agreement', 'scoringSheet', 'gridGet', 'importPreview'] as const) {
      expect(contract[name].writes).toEqual([]);
    }
  });
});
