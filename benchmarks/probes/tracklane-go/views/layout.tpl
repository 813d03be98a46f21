<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{.Brand}} · Operator portal</title>
  <link rel="stylesheet" href="/static/css/portal.css">
  <script src="/static/js/portal.js" defer></script>
</head>
<body>
  <header class="topbar">
    <a class="brand" href="/dashboard">{{.Brand}}</a>
    {{if .Operator}}
    <nav>
      <a href="/wagons">Wagons</a>
      <a href="/maintenance/orders/new">New order</a>
      <a href="/documents">Documents</a>
      <a href="/reports/fleet">Reports</a>
      {{if or (eq .Operator.Role "admin") (eq .Operator.Role "depot_manager")}}<a href="/admin/templates">Admin</a>{{end}}
    </nav>
    <div class="whoami">{{.Operator.DisplayName}} ({{.Operator.Role}}) · <a href="/logout">Sign out</a></div>
    {{end}}
  </header>
  <main>
    {{if .flash.error}}<div class="alert alert-error">{{.flash.error}}</div>{{end}}
    {{if .flash.notice}}<div class="alert alert-notice">{{.flash.notice}}</div>{{end}}
    {{.LayoutContent}}
  </main>
  <footer>Tracklane · rail freight wagon tracking and maintenance</footer>
</body>
</html>
