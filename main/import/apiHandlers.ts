/**
 * The import methods of the API contract: thin calls into main/import, spread into the api's handler table.
 * One import runs at a time per API context; `importCancel` aborts it (nothing of it is committed).
 */
import type { ImportMethod } from '../../common/api/contract.ts';
import { AppError } from '../../common/result.ts';
import type { ApiContext, HandlerTable } from '../apiContext.ts';
import { getMapping, listImports, listMappings, saveMapping } from '../db/importRepo.ts';
import { parseMapping, resolveMapping } from './columnMapping.ts';
import { previewImport } from './previewImport.ts';
import { runImport } from './runImport.ts';

const running = new WeakMap<ApiContext, AbortController>();

export const importHandlers: HandlerTable<ImportMethod> = {
  importPreview: ({ source, encoding, delimiter, mapping }, ctx) =>
    previewImport(ctx.session.db(), { source, encoding: encoding ?? 'auto', delimiter: delimiter ?? 'auto', mapping: mapping ?? null }),
  importProposeMapping: ({ headers }, ctx) => {
    const r = resolveMapping(headers, { saved: listMappings(ctx.session.db()) });
    return { mapping: r.mapping, savedMappingName: r.savedMappingName };
  },
  importRun: async (arg, ctx) => {
    const db = ctx.session.db();
    if (running.has(ctx)) throw new AppError('import.busy');
    const controller = new AbortController();
    running.set(ctx, controller);
    try {
      const named = arg.mappingName ? getMapping(db, arg.mappingName) : null;
      if (arg.mappingName && !named && !arg.mapping) {
        throw new AppError('import.mapping_not_found', { name: arg.mappingName });
      }
      // A checked copy of the session before a real import: the committee can go back to it (Réglages › Sauvegardes).
      if (!arg.dryRun) await ctx.session.backup('import');
      return await runImport(db, {
        source: arg.source,
        attachments: arg.attachments ?? null,
        encoding: arg.encoding ?? 'auto',
        delimiter: arg.delimiter ?? 'auto',
        // The schema knows the field names; parseMapping adds the rule between columns (one column per field).
        mapping: arg.mapping ? parseMapping(arg.mapping, 'Correspondance') : (named?.mapping ?? null),
        mappingName: named?.name ?? null,
        saveMappingAs: arg.saveMappingAs ?? null,
        dryRun: arg.dryRun ?? false,
        signal: controller.signal,
        onProgress: (event) => ctx.events.progress(event),
        actor: ctx.actor ?? 'interface',
      });
    } finally {
      running.delete(ctx);
    }
  },
  importCancel: (_arg, ctx) => {
    const controller = running.get(ctx);
    controller?.abort();
    return controller !== undefined;
  },
  importsList: (_arg, ctx) => listImports(ctx.session.db()),
  mappingsList: (_arg, ctx) => listMappings(ctx.session.db()),
  mappingSave: ({ name, mapping }, ctx) => {
    const db = ctx.session.db();
    saveMapping(db, name, mapping);
    return getMapping(db, name)!;
  },
};
