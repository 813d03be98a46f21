<%inherit file="base.mako"/>
<%def name="title()">Search bookings</%def>
<section class="search">
  <h1>Find a booking</h1>
  <form method="get" action="/bookings/search">
    <input name="q" value="${term}" placeholder="Vessel name or reference" autofocus>
    <select name="status">
      <option value="">any status</option>
      % for s in ("pending", "confirmed", "arrived", "departed", "cancelled"):
      <option value="${s}" ${'selected' if s == status else ''}>${s}</option>
      % endfor
    </select>
    <button>Search</button>
  </form>
  % if term and not results:
  <p class="empty">Nothing matches &ldquo;${term}&rdquo;.</p>
  % endif
  <ul class="results">
    % for b in results:
    <li>
      <strong>${b.reference}</strong> &middot; ${b.vessel_name} &middot; berth ${b.berth_code}
      &middot; ${b.arrival.isoformat()} &rarr; ${b.departure.isoformat()} &middot; ${b.status}
      % if b.contact_email:
      &middot; <a href="mailto:${b.contact_email | u}">${b.contact_email}</a>
      % endif
      <form method="post" action="/bookings/${b.id}/cancel" class="inline"><button>Cancel</button></form>
    </li>
    % endfor
  </ul>
</section>
