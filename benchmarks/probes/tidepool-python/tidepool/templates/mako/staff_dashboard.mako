<%inherit file="base.mako"/>
<%def name="title()">Today ${day.isoformat()}</%def>
<section class="dashboard">
  <h1>Berths on ${day.strftime("%A %d %B %Y")}</h1>
  <form method="get" class="toolbar">
    <input type="date" name="day" value="${day.isoformat()}">
    <select name="order">
      % for col in ("arrival", "departure", "reference", "status"):
      <option value="${col}" ${'selected' if col == order else ''}>${col.title()}</option>
      % endfor
    </select>
    <button>Show</button>
  </form>
  % if not bookings:
  <p class="empty">No boats expected.</p>
  % else:
  <table class="bookings">
    <thead>
      <tr><th>Ref</th><th>Berth</th><th>Vessel</th><th>Arrive</th><th>Leave</th><th>Status</th><th>Notes</th></tr>
    </thead>
    <tbody>
      % for b in bookings:
      <tr class="status-${b.status}">
        <td><a href="/bookings/search?q=${b.reference | u}">${b.reference}</a></td>
        <td>${b.berth_code}</td>
        <td>${b.vessel_name}</td> <!-- SAFE xss -->
        <td>${b.arrival.strftime("%d %b")}</td>
        <td>${b.departure.strftime("%d %b")}</td>
        <td>${b.status}</td>
        <td class="notes">${(b.notes or "").replace("\n", "<br>") | n}</td> <!-- VULN xss -->
      </tr>
      % endfor
    </tbody>
  </table>
  % endif
  <form method="post" action="/preferences" class="prefs">
    <fieldset>
      <legend>Desk preferences</legend>
      % for p in ("A", "B", "C", "V"):
      <label><input type="checkbox" name="pontoon" value="${p}" ${'checked' if prefs and p in prefs.pontoons else ''}> ${p}</label>
      % endfor
      <input type="hidden" name="order" value="${order}">
      <button>Save</button>
    </fieldset>
  </form>
</section>
