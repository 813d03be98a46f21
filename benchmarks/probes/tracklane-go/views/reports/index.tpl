<section class="reports">
  <h1>Fleet summary{{if .Depot}} · {{.Depot}}{{end}}</h1>
  <form method="get" action="/reports/fleet" class="filters">
    <input name="depot" value="{{.Depot}}" placeholder="Depot code">
    <select name="sort">
      <option value="type" {{if eq .Sort "type"}}selected{{end}}>Wagon type</option>
      <option value="depot" {{if eq .Sort "depot"}}selected{{end}}>Depot</option>
      <option value="overdue" {{if eq .Sort "overdue"}}selected{{end}}>Revision overdue</option>
      <option value="workshop" {{if eq .Sort "workshop"}}selected{{end}}>In workshop</option>
    </select>
    <button type="submit">Show</button>
  </form>
  <table class="grid">
    <thead><tr><th>Type</th><th>Depot</th><th>Total</th><th>In workshop</th><th>Overdue</th></tr></thead>
    <tbody>
    {{range .Rows}}
      <tr><td>{{.WagonType}}</td><td>{{.HomeDepot}}</td><td>{{.Total}}</td><td>{{.InWorkshop}}</td><td>{{.OverdueCount}}</td></tr>
    {{end}}
    </tbody>
  </table>

  <form method="post" action="/reports/fleet/pdf" class="inline">
    {{.xsrfdata}}
    <input type="hidden" name="depot" value="{{.Depot}}">
    <input type="hidden" name="sort" value="{{.Sort}}">
    <input name="title" placeholder="Report title" value="Fleet summary">
    <button type="submit">Download PDF</button>
  </form>

  <h2>Waybill scan</h2>
  <form method="post" action="/reports/waybill" enctype="multipart/form-data" data-json-target="#waybill-text">
    {{.xsrfdata}}
    <input type="file" name="waybill" accept=".pdf">
    <button type="submit">Extract text</button>
  </form>
  <pre id="waybill-text"></pre>
</section>
