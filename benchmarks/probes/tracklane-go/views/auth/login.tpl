<section class="login">
  <h1>Sign in</h1>
  {{if .Error}}<p class="alert alert-error">{{.Error}}</p>{{end}}
  <form method="post" action="/login">
    {{.xsrfdata}}
    <input type="hidden" name="next" value="{{.Next}}">
    <label>User name <input name="username" value="{{.Username}}" autocomplete="username" required></label>
    <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
    <button type="submit">Sign in</button>
  </form>
  <p class="muted">Contractor without a directory account? <a href="/password/forgot">Reset your password</a>.</p>
</section>
