const { exec } = require('child_process');

// GraphQL resolver arguments come from the client.
const resolvers = {
  Mutation: {
    ping: (parent, args) => {
      // ruleid: trace.javascript.command-injection.tainted-shell-command
      exec('ping -c 1 ' + args.host);
    },
    uptime: (parent, args) => {
      // ok: trace.javascript.command-injection.tainted-shell-command
      exec('uptime');
    },
  },
};

// a plain helper with the same shape is not a resolver
function runFor(parent, args) {
  // ok: trace.javascript.command-injection.tainted-shell-command
  exec('ping -c 1 ' + args.host);
}
module.exports = { resolvers, runFor };
