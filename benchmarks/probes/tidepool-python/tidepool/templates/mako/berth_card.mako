<div class="berth-card">
  <h3>${berth["code"]} &middot; pontoon ${berth["pontoon"]}</h3>
  <dl>
    <dt>Max length</dt><dd>${berth["max_length_m"]} m</dd>
    <dt>Max beam</dt><dd>${berth["max_beam_m"]} m</dd>
    <dt>Max draft</dt><dd>${berth["max_draft_m"]} m</dd>
    <dt>Shore power</dt><dd>${"yes" if berth["has_shore_power"] else "no"}</dd>
    <dt>Nightly rate</dt><dd>&euro; ${berth["nightly_rate"]}</dd>
  </dl>
</div>
