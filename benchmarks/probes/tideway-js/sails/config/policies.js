module.exports.policies = {
  '*': 'is-logged-in',
  'documents/*': 'is-logged-in',
  'regatta/entry-confirmed': true,
  'regatta/export-entries': 'is-organiser',
  'regatta/member-outings': 'is-logged-in',
  'club/*': 'is-logged-in',
};
