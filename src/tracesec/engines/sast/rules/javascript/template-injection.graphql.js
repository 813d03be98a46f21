const ejs = require('ejs');

const resolvers = {
  Query: {
    preview: (parent, args) => {
      // ruleid: trace.javascript.template-injection.tainted-template-source
      return ejs.render(args.template, { user: parent });
    },
    greeting: (parent, args) => {
      // ok: trace.javascript.template-injection.tainted-template-source
      return ejs.render('<p>Hello <%= name %></p>', { name: args.name });
    },
  },
};

module.exports = { resolvers };
