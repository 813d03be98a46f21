<%inherit file="base.mako"/>
<%def name="title()">Sign in</%def>
<section class="login">
  <h1>Coordinator sign-in</h1>
  % if error:
  <p class="error">${error}</p>
  % endif
  <form method="post" action="/login">
    <input type="hidden" name="next" value="${next_url}"> <!-- SAFE xss -->
    <label>Member username <input name="username" autocomplete="username"></label>
    <label>Password <input name="password" type="password" autocomplete="current-password"></label>
    <button type="submit">Sign in</button>
  </form>
  <p>Volunteers on shift: use the kiosk tablet by the front desk.</p>
</section>
