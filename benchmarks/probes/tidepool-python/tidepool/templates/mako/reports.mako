<%inherit file="base.mako"/>
<%def name="title()">Reports</%def>
<section class="reports">
  <h1>Occupancy this month</h1>
  <table>
    <thead><tr><th>Pontoon</th><th>Berths</th><th>Occupied</th><th>%</th></tr></thead>
    <tbody>
      % for row in occupancy:
      <tr>
        <td>${row["pontoon"]}</td>
        <td>${row["berths"]}</td>
        <td>${row["occupied"]}</td>
        <td>${"%.0f" % (100.0 * row["occupied"] / row["berths"]) if row["berths"] else "-"}</td>
      </tr>
      % endfor
    </tbody>
  </table>
  <h2>New report</h2>
  <form method="post" action="/reports/">
    <label>Title <input name="title" value="Occupancy report"></label>
    <label>Group by
      <select name="group_by">
        % for g in groupings:
        <option value="${g}">${g}</option>
        % endfor
      </select>
    </label>
    <label>From <input type="date" name="start"></label>
    <label>To <input type="date" name="end"></label>
    <button>Queue report</button>
  </form>
  <h2>Port authority export</h2>
  <form method="post" action="/reports/exports">
    <label>From <input type="date" name="start"></label>
    <label>To <input type="date" name="end"></label>
    <label>File name <input name="filename" placeholder="berths-YYYYMMDD.csv"></label>
    <button>Send export</button>
  </form>
</section>
