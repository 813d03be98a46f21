<section class="admin-templates">
  <h1>Notification templates</h1>
  <p class="muted">Templates use Go template syntax. Available fields: <code>.Wagon</code>, <code>.Recipient</code>, <code>.Link</code>, <code>.Extra</code>, <code>.Settings.BrandName</code>.</p>
  {{range .Templates}}
  <form method="post" action="/admin/templates" class="template-editor">
    {{$.xsrfdata}}
    <input type="hidden" name="event" value="{{.Event}}">
    <h2>{{.Event}}</h2>
    <label>Subject <input name="subject" value="{{.Subject}}"></label>
    <label>Body <textarea name="body" rows="12" spellcheck="false">{{.Body}}</textarea></label>
    <p class="muted">Last changed by {{.UpdatedBy}} on {{dateformat .UpdatedAt "02.01.2006 15:04"}}</p>
    <button type="submit">Save</button>
  </form>
  {{else}}
  <p>No custom templates yet; the built-in texts are used.</p>
  {{end}}
</section>
