<section class="order-form">
  <h1>Raise maintenance order</h1>
  {{if .Error}}<p class="alert alert-error">{{.Error}}</p>{{end}}
  <form method="post" action="/maintenance/orders">
    {{.xsrfdata}}
    <label>Wagon id <input name="wagon_id" value="{{if .Form}}{{.Form.WagonID}}{{else}}{{.WagonID}}{{end}}" inputmode="numeric" required></label>
    <label>Component <input name="component" value="{{if .Form}}{{.Form.Component}}{{end}}" placeholder="e.g. WS-2 (wheelset 2)" required></label>
    <label>Priority
      <select name="priority">
        {{range .Priorities}}<option value="{{.}}">{{.}}</option>{{end}}
      </select>
    </label>
    <label>Description <textarea name="description" rows="5">{{if .Form}}{{.Form.Description}}{{end}}</textarea></label>
    <label>Supplier documentation link <input name="external_link" type="url" value="{{if .Form}}{{.Form.ExternalLink}}{{end}}"></label>
    <button type="submit">Create order</button>
  </form>
</section>
