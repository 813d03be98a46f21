<%inherit file="base.mako"/>
<%def name="title()">Manifest ${manifest_id[:8]}</%def>
<section class="manifest">
  <h1>Port authority manifest</h1>
  <p>${len(arrivals)} expected arrivals. Reference <code>${manifest_id}</code>.</p>
  <table>
    <thead><tr><th>Vessel</th><th>MMSI</th><th>ETA</th><th>Berth</th><th>Crew</th><th>Agent</th></tr></thead>
    <tbody>
      % for a in arrivals:
      <tr>
        <td>${a.vessel_name}</td>
        <td><a href="/imports/manifests/${manifest_id}/vessel?mmsi=${a.mmsi | u}">${a.mmsi}</a></td>
        <td>${a.eta.strftime("%d %b %H:%M") if a.eta else "?"}</td>
        <td>${a.berth_code or "unassigned"}</td>
        <td>${a.crew}</td>
        <td>${a.agent or ""}</td>
      </tr>
      % endfor
    </tbody>
  </table>
</section>
