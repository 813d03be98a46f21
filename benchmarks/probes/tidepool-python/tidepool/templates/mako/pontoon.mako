<%inherit file="base.mako"/>
<%def name="title()">Pontoon ${pontoon}</%def>
<section class="pontoon">
  <h1>Pontoon ${pontoon}</h1>
  <table>
    <thead><tr><th>Berth</th><th>Max length</th><th>Rate</th><th>Active</th><th>Gate</th></tr></thead>
    <tbody>
      % for berth in berths:
      <tr class="${'inactive' if not berth['active'] else ''}">
        <td>${berth["code"]}</td>
        <td>${berth["max_length_m"]} m</td>
        <td>&euro; ${berth["nightly_rate"]}</td>
        <td>${"yes" if berth["active"] else "no"}</td>
        <td><button data-gate-status="${pontoon}-MAIN">status</button></td>
      </tr>
      % endfor
    </tbody>
  </table>
  <form method="post" action="/harbour/gates/open" class="gate">
    <input type="hidden" name="zone" value="${pontoon[:1]}">
    <label>Gate <input name="gate" value="${pontoon}-MAIN"></label>
    <label>Seconds <input type="number" name="seconds" value="30" min="5" max="300"></label>
    <button>Open gate</button>
  </form>
</section>
