<section class="order">
  <h1>Order #{{.Order.ID}} · {{.Order.Component}}</h1>
  <dl class="facts">
    <dt>Wagon</dt><dd><a href="/wagons/{{.Order.WagonID}}">{{.Order.WagonID}}</a></dd>
    <dt>Priority</dt><dd>{{.Order.Priority}}</dd>
    <dt>Status</dt><dd>{{.Order.Status}}</dd>
    <dt>Created</dt><dd>{{dateformat .Order.CreatedAt "02.01.2006 15:04"}} by {{.Order.CreatedBy}}</dd>
    {{if .SupplierLink}}<dt>Supplier</dt><dd>{{.SupplierLink}}</dd>{{end}}
  </dl>
  <p class="description">{{.Order.Description}}</p>

  <h2>Attachments</h2>
  <ul class="attachments">
  {{range .Order.Attachments}}
    <li>
      {{.}}
      <form method="post" action="/maintenance/orders/{{$.Order.ID}}/attachments/delete" class="inline">
        {{$.xsrfdata}}
        <input type="hidden" name="file" value="{{.}}">
        <button type="submit" class="link danger">remove</button>
      </form>
    </li>
  {{else}}
    <li class="empty">No attachments.</li>
  {{end}}
  </ul>

  <form method="post" action="/maintenance/orders/{{.Order.ID}}/attachments" enctype="multipart/form-data">
    {{.xsrfdata}}
    <input type="file" name="attachment" accept=".pdf,.jpg,.jpeg,.png,.xlsx">
    <button type="submit">Upload document</button>
  </form>
  <form method="post" action="/maintenance/orders/{{.Order.ID}}/bundle" enctype="multipart/form-data">
    {{.xsrfdata}}
    <input type="file" name="bundle" accept=".zip">
    <button type="submit">Import inspection photos</button>
  </form>
</section>
