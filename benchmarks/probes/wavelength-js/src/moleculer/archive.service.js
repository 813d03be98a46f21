'use strict';

const archiver = require('../lib/audio/archiver');

module.exports = {
  name: 'archive',

  actions: {
    exportShow: {
      params: {
        slug: { type: 'string', min: 2, max: 64 },
        label: { type: 'string', optional: true, max: 120 },
      },
      async handler(ctx) {
        const { slug, label } = ctx.params;
        this.logger.info(`Exporting archive for ${slug}`);
        return archiver.exportShow({ slug, label });
      },
    },

    contents: {
      params: { archiveName: { type: 'string', max: 200 } },
      async handler(ctx) {
        return archiver.listArchive(ctx.params.archiveName);
      },
    },

    importShowPack: {
      params: { zipPath: 'string', slug: 'string' },
      async handler(ctx) {
        const files = archiver.importShowPack(ctx.params.zipPath, ctx.params.slug);
        ctx.emit('archive.packImported', { slug: ctx.params.slug, files: files.length });
        return { files };
      },
    },

    importArtworkPack: {
      params: { zipPath: 'string', slug: 'string' },
      async handler(ctx) {
        return { files: archiver.importArtworkPack(ctx.params.zipPath, ctx.params.slug) };
      },
    },
  },
};
