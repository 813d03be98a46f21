<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${self.title()} &middot; Tidepool harbour office</title>
  <link rel="stylesheet" href="/static/office.css">
</head>
<body>
  <header class="topbar">
    <a class="brand" href="/dashboard">Tidepool</a>
    % if staff:
    <nav>
      <a href="/dashboard">Today</a>
      <a href="/bookings/search">Bookings</a>
      <a href="/harbour/pontoons?pontoon=A">Pontoons</a>
      % if staff.has_role("finance"):
      <a href="/reports/">Reports</a>
      % endif
    </nav>
    <span class="who">${staff.display_name} &middot; <a href="/logout">sign out</a></span>
    % endif
  </header>
  % if flash:
  <div class="flash">${flash}</div>
  % endif
  <main>
    ${self.body()}
  </main>
  <footer>Tidepool ${"2.7"} &middot; harbour office</footer>
</body>
</html>
<%def name="title()">Office</%def>
