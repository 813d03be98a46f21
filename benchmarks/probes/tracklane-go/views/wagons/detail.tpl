<section class="wagon-detail">
  <h1>Wagon {{.Wagon.Number}} {{statusBadge .Wagon.Status}}</h1>
  {{if .Overdue}}<p class="alert alert-error">The periodic revision of this wagon is overdue.</p>{{end}}

  <dl class="facts">
    <dt>Type</dt><dd>{{.Wagon.Type}}</dd>
    <dt>Operator</dt><dd>{{.Wagon.OperatorCode}}</dd>
    <dt>Home depot</dt><dd>{{.Wagon.HomeDepot}}</dd>
    <dt>Mileage</dt><dd>{{km .Wagon.MileageKm}}</dd>
    <dt>Registered</dt><dd>{{dateformat .Wagon.RegisteredAt "02.01.2006"}}</dd>
  </dl>

  <h2>Remarks</h2>
  <div class="remarks">{{str2html .Wagon.Remarks}}</div> <!-- VULN xss -->
  {{if or (eq .Operator.Role "dispatcher") (eq .Operator.Role "depot_manager") (eq .Operator.Role "admin")}}
  <form method="post" action="/wagons/{{.Wagon.ID}}/remarks">
    {{.xsrfdata}}
    <textarea name="remarks" rows="4">{{.Wagon.Remarks}}</textarea>
    <button type="submit">Save remarks</button>
  </form>
  {{end}}

  <h2>Maintenance history</h2>
  <p><a class="button" href="/maintenance/orders/new?wagon={{.Wagon.ID}}">Raise order</a></p>
  <table class="grid">
    <thead><tr><th>#</th><th>Component</th><th>Priority</th><th>Status</th><th>Created</th><th>By</th></tr></thead>
    <tbody>
    {{range .Orders}}
      <tr>
        <td><a href="/maintenance/orders/{{.ID}}">{{.ID}}</a></td>
        <td>{{.Component}}</td>
        <td>{{.Priority}}</td>
        <td>{{.Status}}</td>
        <td>{{dateformat .CreatedAt "02.01.2006"}}</td>
        <td>{{.CreatedBy}}</td>
      </tr>
    {{else}}
      <tr><td colspan="6" class="empty">No maintenance orders.</td></tr>
    {{end}}
    </tbody>
  </table>

  <h2>Recent positions</h2>
  <ol class="positions">
  {{range .Positions}}
    <li>{{printf "%.5f" .Lat}}, {{printf "%.5f" .Lon}} · {{printf "%.0f" .SpeedKmh}} km/h · {{dateformat .RecordedAt "02.01. 15:04"}}</li>
  {{else}}
    <li class="empty">No positions received yet.</li>
  {{end}}
  </ol>
</section>
