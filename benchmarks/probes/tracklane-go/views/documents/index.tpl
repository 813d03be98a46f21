<section class="documents">
  <h1>Maintenance manuals · {{.Section}}</h1>
  <form method="get" action="/documents">
    <select name="section" onchange="this.form.submit()">
      <option value="general" {{if eq .Section "general"}}selected{{end}}>General</option>
      <option value="bogies" {{if eq .Section "bogies"}}selected{{end}}>Bogies and wheelsets</option>
      <option value="brakes" {{if eq .Section "brakes"}}selected{{end}}>Brakes</option>
      <option value="tank" {{if eq .Section "tank"}}selected{{end}}>Tank wagons</option>
    </select>
  </form>
  <table class="grid">
    <thead><tr><th>Title</th><th>Edition</th><th></th></tr></thead>
    <tbody>
    {{range .Manuals}}
      <tr><td>{{.Title}}</td><td>{{.Edition}}</td><td><a href="/documents/manual?name={{$.Section}}/{{.File}}">Download</a></td></tr>
    {{else}}
      <tr><td colspan="3" class="empty">No manuals in this section.</td></tr>
    {{end}}
    </tbody>
  </table>

  <h2>ECM certificates</h2>
  <form method="get" action="/documents/certificate" target="_blank">
    <input name="file" placeholder="Certificate number, e.g. ECM-DE-2023-0142">
    <button type="submit">Open</button>
  </form>

  <h2>Import consist package</h2>
  <form method="post" action="/documents/consist" enctype="multipart/form-data">
    {{.xsrfdata}}
    <input type="file" name="package" accept=".zip">
    <button type="submit">Import</button>
  </form>
</section>
