const fsp = require('fs').promises;
const path = require('path');

const resolvers = {
  Query: {
    report: async (parent, args, context) => {
      // ruleid: trace.javascript.path-traversal.tainted-file-path
      return fsp.readFile('/srv/reports/' + args.name, 'utf8');
    },
    safeReport: async (parent, args) => {
      // ok: trace.javascript.path-traversal.tainted-file-path
      return fsp.readFile('/srv/reports/' + path.basename(args.name), 'utf8');
    },
  },
  Mutation: {
    saveDraft(parent, args, ctx) {
      // ruleid: trace.javascript.path-traversal.tainted-file-path
      return fsp.writeFile(`/srv/drafts/${args.file}`, args.text);
    },
  },
};

// a plain helper with the same shape is not a resolver
function copyTo(parent, args) {
  // ok: trace.javascript.path-traversal.tainted-file-path
  return fsp.writeFile('/srv/out/' + args.name, parent);
}
module.exports = { resolvers, copyTo };
