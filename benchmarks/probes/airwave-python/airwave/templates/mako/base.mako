<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${self.title()}</title>
  <link rel="stylesheet" href="/static/live.css">
</head>
<body>
  <header><a href="/">Airwave</a> &middot; <a href="/live/listen/main">Listen live</a></header>
  <main>
    ${self.body()}
  </main>
</body>
</html>
<%def name="title()">Airwave live</%def>
