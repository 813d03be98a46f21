<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Stock sheet ${day}</title></head>
<body>
<h1>Stock take sheet — ${day}</h1>
<table>
  <tr><th>Bin</th><th>SKU</th><th>Part</th><th>System qty</th><th>Counted</th></tr>
  % for row in rows:
  <tr><td>${row["bin_location"]}</td><td>${row["sku"]}</td><td>${row["name"]}</td><td>${row["qty_on_hand"]}</td><td></td></tr>
  % endfor
</table>
</body></html>
