<section class="wagons">
  <h1>Wagons</h1>
  <form class="filters" method="get" action="/wagons">
    <input type="search" name="q" value="{{.Query}}" placeholder="Wagon number or remark" data-quick="/wagons/quick">
    <input name="operator" value="{{.OperatorFilter}}" placeholder="Operator code">
    <select name="status">
      <option value="">Any status</option>
      {{range .Statuses}}<option value="{{.}}" {{if eq . $.StatusFilter}}selected{{end}}>{{.}}</option>{{end}}
    </select>
    <button type="submit">Search</button>
  </form>
  <ul class="quick-results" hidden></ul>

  {{if .Query}}<p class="muted">Results for <strong>{{.Query}}</strong></p>{{end}} <!-- SAFE xss -->

  <table class="grid">
    <thead>
      <tr><th>Number</th><th>Type</th><th>Operator</th><th>Home depot</th><th>Status</th><th>Mileage</th><th>Last seen</th></tr>
    </thead>
    <tbody>
    {{range .Wagons}}
      <tr{{if .Overdue $.Now}} class="overdue"{{end}}>
        <td><a href="/wagons/{{.ID}}">{{.Number}}</a></td>
        <td>{{.Type}}</td>
        <td>{{.OperatorCode}}</td>
        <td>{{.HomeDepot}}</td>
        <td>{{statusBadge .Status}}</td>
        <td>{{km .MileageKm}}</td>
        <td>{{if .LastSeenAt}}{{dateformat .LastSeenAt "02.01.2006 15:04"}}{{else}}–{{end}}</td>
      </tr>
    {{else}}
      <tr><td colspan="7" class="empty">No wagons found.</td></tr>
    {{end}}
    </tbody>
  </table>
</section>
