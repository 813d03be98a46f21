<section class="login">
  <h1>Reset password</h1>
  {{if .Sent}}
  <p class="alert alert-notice">If the account exists, a reset link has been sent to its e-mail address.</p>
  {{else}}
  <form method="post" action="/password/forgot">
    {{.xsrfdata}}
    <label>User name <input name="username" required></label>
    <button type="submit">Send reset link</button>
  </form>
  {{end}}
</section>
