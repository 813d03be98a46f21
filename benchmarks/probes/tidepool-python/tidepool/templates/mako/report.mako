<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>${report.title}</title>
  <style>
    body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
    table { width: 100%; border-collapse: collapse; }
    th, td { border-bottom: 1px solid #ccc; padding: 3pt 6pt; text-align: right; }
    th:first-child, td:first-child { text-align: left; }
  </style>
</head>
<body>
  <h1>${report.title}</h1>
  <p>Period ${report.period_start.isoformat()} to ${report.period_end.isoformat()},
     grouped by ${report.group_by}. Prepared for ${report.owner} on ${generated.isoformat()}.</p>
  <table>
    <thead><tr><th>Bucket</th><th>Bookings</th><th>Nights</th><th>Revenue (EUR)</th></tr></thead>
    <tbody>
      % for row in rows:
      <tr>
        <td>${row["bucket"]}</td>
        <td>${row["bookings"]}</td>
        <td>${row["nights"]}</td>
        <td>${row["revenue"] or 0}</td>
      </tr>
      % endfor
    </tbody>
  </table>
</body>
</html>
