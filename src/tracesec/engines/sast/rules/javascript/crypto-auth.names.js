module.exports = {
  // ruleid: trace.javascript.hardcoded-credentials.literal-secret
  cookieSecret: 'k9#Lw2!vQz7rT0pX',
  // ruleid: trace.javascript.hardcoded-credentials.literal-secret
  dbPassword: 'Winter2024!prod',
  // ok: trace.javascript.hardcoded-credentials.literal-secret
  forgotPassword: '/account/forgot-password',
  // ok: trace.javascript.hardcoded-credentials.literal-secret
  passwordField: 'user_password_input',
  // ok: trace.javascript.hardcoded-credentials.literal-secret
  cookieSecret2: process.env.COOKIE_SECRET,
};
