<%inherit file="base.mako"/>
<%def name="title()">Sign in</%def>
<section class="login">
  <h1>Harbour office sign-in</h1>
  % if error:
  <p class="error">${error}</p>
  % endif
  <form method="post" action="/login">
    <input type="hidden" name="return_to" value="${return_to}"> <!-- SAFE xss -->
    <label>Username <input name="username" autocomplete="username" required></label>
    <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
    <button type="submit">Sign in</button>
  </form>
  <p class="sso"><a href="https://sso.harbour.local/start?app=tidepool">Use harbour single sign-on</a></p>
</section>
