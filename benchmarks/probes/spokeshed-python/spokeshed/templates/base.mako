<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${self.title()} · Spokeshed</title>
  <link rel="stylesheet" href="/static/spokeshed.css">
</head>
<body>
  <header class="topbar">
    <a class="brand" href="/bookings">Spokeshed</a>
    <nav>
      <a href="/bookings">Bookings</a>
      <a href="/parts">Parts</a>
      <a href="/rota/week">Rota</a>
      <a href="/logout">Sign out</a>
    </nav>
  </header>
  <main>
    ${self.body()}
  </main>
  <footer>Spokeshed community bike workshop · volunteers keep us rolling</footer>
</body>
</html>
<%def name="title()">Workshop</%def>
