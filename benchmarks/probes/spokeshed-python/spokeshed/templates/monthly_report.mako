<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Workshop report ${period}</title>
<style>body{font-family:sans-serif} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px}</style>
</head>
<body>
<h1>Spokeshed workshop report — ${period}</h1>
<table>
  <tr><th>Repair</th><th>Jobs</th><th>Takings</th></tr>
  <% total_jobs = 0; total = 0 %>
  % for row in rows:
  <tr><td>${row["repair_kind"]}</td><td>${row["jobs"]}</td><td>£${row["takings"]}</td></tr>
  <% total_jobs += row["jobs"]; total += row["takings"] %>
  % endfor
  <tr><th>Total</th><th>${total_jobs}</th><th>£${total}</th></tr>
</table>
</body></html>
